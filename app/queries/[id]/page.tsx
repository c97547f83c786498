import Link from "next/link";
import { TopBar } from "@/app/_components/shared/top-bar";
import { NotFoundError } from "@/lib/errors";
import { getQuery, type SavedQueryView } from "@/lib/saved-queries/saved-queries";
import { QueryWorkbench } from "@/app/_components/queries/query-workbench";

export const dynamic = "force-dynamic";

const BLANK: SavedQueryView = { id: "", slug: "", name: "", description: "", cypher: "MATCH (e:Entity)\nRETURN e\nLIMIT 25", parameters: [], tags: [], starter: false, createdAt: "", updatedAt: "" };

export default async function QueryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  let query: SavedQueryView | null = BLANK;
  if (id !== "new") {
    query = await getQuery(id).catch((err: unknown) => {
      if (err instanceof NotFoundError) return null;
      throw err;
    });
  }
  return (
    <div className="app">
      <TopBar
        tagline={
          <>
            <Link href="/queries">Saved queries</Link> / {query?.name || (id === "new" ? "New query" : id)}
          </>
        }
        current="queries"
      />
      <main className="page">{query ? <QueryWorkbench query={query} initialParams={await searchParams} /> : <p className="state error">No saved query “{id}”.</p>}</main>
    </div>
  );
}

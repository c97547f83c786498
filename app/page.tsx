import Link from "next/link";
import { Explorer } from "@/app/_components/explorer/explorer";
import { TopBar } from "@/app/_components/shared/top-bar";

// The explorer reads the graph at request time; the build never touches Neo4j. Its state lives in the URL.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) for (const one of [v].flat()) if (one !== undefined) params.append(k, one);
  const search = params.size ? `?${params}` : "";
  return (
    <div className="app">
      <TopBar
        tagline="Who relates to whom in the news — and the sentences that say so."
        nav={
          <>
            <Link href="/documents">Documents</Link> · <Link href="/queries">Saved queries</Link> · <Link href="/add">Add an article</Link>
          </>
        }
      />
      <Explorer search={search} />
    </div>
  );
}

import Link from "next/link";
import { TopBar } from "@/app/_components/top-bar";
import { Explorer, type Selection, type ViewOptions } from "./_components/explorer";

// The explorer reads the graph at request time; the build never touches Neo4j.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);
  const entity = one(params.entity);
  const relation = one(params.relation);
  const selection: Selection = entity ? { kind: "entity", id: entity } : relation ? { kind: "relation", id: relation } : null;
  const depth = Number(one(params.depth) ?? 1);
  const minConfidence = Number(one(params.minconf) ?? 0);
  const view: ViewOptions = {
    focus: one(params.focus) ?? null,
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    hiddenTypes: (one(params.hide) ?? "").split(",").filter(Boolean),
    coMentions: one(params.co) !== "0",
    minConfidence: Number.isFinite(minConfidence) ? Math.min(1, Math.max(0, minConfidence)) : 0,
    rejected: one(params.rejected) === "1",
  };
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
      <Explorer initialSelection={selection} initialView={view} />
    </div>
  );
}

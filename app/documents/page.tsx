import Link from "next/link";
import { TopBar } from "@/app/_components/top-bar";
import { listDocuments, type DocumentSummary } from "@/lib/graph/documents";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";
export const metadata = { title: "Documents — Sanad" };

export default async function DocumentsPage() {
  let documents: DocumentSummary[] | null = null;
  try {
    documents = await listDocuments();
  } catch (err) {
    if (!(err instanceof GraphUnavailableError)) throw err;
  }
  return (
    <div className="app">
      <TopBar tagline="The articles in the graph." nav={<Link href="/add">Add an article</Link>} />
      <main className="page">
        {documents === null ? (
          <p className="state error" role="alert">
            The graph database is unreachable; reload in a moment.
          </p>
        ) : (
          <ul className="query-list" data-testid="documents">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={`/?doc=${encodeURIComponent(d.id)}`} dir="auto">
                  {d.title || d.id}
                </Link>
                <p>
                  {d.lang} · {d.sentences} sentences · {d.mentions} mentions · {d.relations} relations · pipeline v{d.pipelineVersion}
                  {d.publishedAt ? ` · published ${d.publishedAt}` : ""}
                </p>
              </li>
            ))}
            {documents.length === 0 && <li className="empty">No article yet.</li>}
          </ul>
        )}
      </main>
    </div>
  );
}

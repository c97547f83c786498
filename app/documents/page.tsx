import Link from "next/link";
import { DocumentActions } from "@/app/_components/documents/document-actions";
import { RecentCorrections } from "@/app/_components/curation/recent-corrections";
import { TopBar } from "@/app/_components/shared/top-bar";
import { listDocuments, type DocumentSummary } from "@/lib/graph/document-reads";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";
export const metadata = { title: "Documents — Sanad" };

const LANGUAGES: Record<string, string> = { ar: "Arabic", en: "English" };
const when = (iso: string) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC" : "—");

export default async function DocumentsPage() {
  let documents: DocumentSummary[] | null = null;
  try {
    documents = await listDocuments();
  } catch (err) {
    if (!(err instanceof GraphUnavailableError)) throw err;
  }
  return (
    <div className="app">
      <TopBar tagline="The articles in the graph." current="documents" />
      <main className="page">
        {documents === null ? (
          <p className="state error" role="alert">
            The graph database is unreachable; reload in a moment.
          </p>
        ) : (
          <>
            <p className="exports">
              Export the graph: <a href="/api/export?format=graphml" download>GraphML</a> (Gephi, yEd) · <a href="/api/export?format=cypher" download>Cypher, entities</a> ·{" "}
              <a href="/api/export?format=cypher&amp;scope=full" download>
                Cypher, everything
              </a>{" "}
              (another Neo4j)
            </p>
            <div className="table-wrap documents-table">
              <table data-testid="documents">
                <thead>
                  <tr>
                    <th>Title</th>
                    <th>Source</th>
                    <th>Published</th>
                    <th>Language</th>
                    <th>Pipeline</th>
                    <th>Sentences</th>
                    <th>Mentions</th>
                    <th>Relations</th>
                    <th>Ingested</th>
                    <th>
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {documents.map((d) => (
                    <tr key={d.id} data-testid="document-row" data-document-id={d.id}>
                      <td className="title">
                        <Link href={`/?doc=${encodeURIComponent(d.id)}`} dir="auto" lang={d.lang}>
                          {d.title || d.id}
                        </Link>
                        {d.version > 1 && <span className="tag">version {d.version}</span>}
                      </td>
                      <td className="source">
                        {d.source ? (
                          <a href={d.source} target="_blank" rel="noreferrer" title={d.source}>
                            {hostOf(d.source)}
                          </a>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>{d.publishedAt ?? "—"}</td>
                      <td>{LANGUAGES[d.lang] ?? d.lang}</td>
                      <td>v{d.pipelineVersion}</td>
                      <td className="num">{d.sentences}</td>
                      <td className="num">{d.mentions}</td>
                      <td className="num">{d.relations}</td>
                      <td className="when">{when(d.ingestedAt)}</td>
                      <td>
                        <DocumentActions doc={d} />
                      </td>
                    </tr>
                  ))}
                  {documents.length === 0 && (
                    <tr>
                      <td colSpan={10} className="empty">
                        No article yet. <Link href="/add">Add one</Link>.
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </>
        )}
        <RecentCorrections />
      </main>
    </div>
  );
}

function hostOf(url: string) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

import Link from "next/link";
import { DocumentActions } from "@/app/_components/documents/document-actions";
import { RecentCorrections } from "@/app/_components/curation/recent-corrections";
import { TopBar } from "@/app/_components/shared/top-bar";
import { DocumentList } from "@/app/_components/documents/document-list";
import { BadInputError } from "@/lib/errors";
import { pageDocuments, type DocumentPage } from "@/lib/graph/document-reads";
import { documentsQuery } from "@/lib/validation";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";
export const metadata = { title: "Documents — Sanad" };

const LANGUAGES: Record<string, string> = { ar: "Arabic", en: "English" };
const when = (iso: string) => (iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC" : "—");

/** The page's search params as the documents API reads them; anything invalid falls back to the first page. */
function listQuery(params: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const parsed = documentsQuery.safeParse({ q: one("q") || undefined, sort: one("sort"), limit: one("limit"), cursor: one("cursor") });
  return parsed.success ? parsed.data : { sort: "ingested" as const, limit: 50 };
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = listQuery(await searchParams);
  let page: DocumentPage | null = null;
  try {
    page = await pageDocuments(query);
  } catch (err) {
    // A cursor from another graph (its document deleted is fine; a forged one is not): start again from the top.
    if (err instanceof BadInputError) page = await pageDocuments({ ...query, cursor: undefined });
    else if (!(err instanceof GraphUnavailableError)) throw err;
  }
  const documents = page?.documents ?? null;
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
            <DocumentList q={query.q ?? ""} sort={query.sort} limit={query.limit} total={page!.total} undated={page!.undated} next={page!.next} paged={Boolean(query.cursor)} />
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

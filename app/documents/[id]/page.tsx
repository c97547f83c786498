import Link from "next/link";
import { DocumentText } from "@/app/_components/document-text";
import { TopBar } from "@/app/_components/top-bar";
import { NotFoundError } from "@/lib/errors";
import { getDocument, type DocumentDetails } from "@/lib/graph/documents";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let doc: DocumentDetails | null = null;
  let problem: string | null = null;
  try {
    doc = await getDocument(id);
  } catch (err) {
    if (err instanceof NotFoundError) problem = `No document “${id}”.`;
    else if (err instanceof GraphUnavailableError) problem = "The graph database is unreachable; reload in a moment.";
    else throw err;
  }
  return (
    <div className="app">
      <TopBar
        tagline={
          <>
            <Link href="/documents">Documents</Link> / <span dir="auto">{doc?.title ?? id}</span>
          </>
        }
      />
      <main className="page">
        {doc ? (
          <>
            <p className="meta">
              {doc.publishedAt ? `published ${doc.publishedAt} · ` : ""}
              {doc.version > 1 ? `version ${doc.version} · ` : ""}
              pipeline v{doc.pipelineVersion} · {doc.sentences} sentences · {doc.mentions} mentions · {doc.relations} relations
              {doc.source ? (
                <>
                  {" · "}
                  <a href={doc.source} rel="noreferrer" target="_blank">
                    source
                  </a>
                </>
              ) : null}{" "}
              · click a highlighted name to see it in the graph
            </p>
            <DocumentText text={doc.text} lang={doc.lang} mentions={doc.mentionSpans} />
          </>
        ) : (
          <p className="state error" role="alert">
            {problem}
          </p>
        )}
      </main>
    </div>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { richTags } from "@/app/_components/shared/rich-text";
import { DocumentActions } from "@/app/_components/documents/document-actions";
import { RecentCorrections } from "@/app/_components/curation/recent-corrections";
import { TopBar } from "@/app/_components/shared/top-bar";
import { DocumentList } from "@/app/_components/documents/document-list";
import { BadInputError } from "@/lib/errors";
import { pageDocuments, type DocumentPage } from "@/lib/graph/document-reads";
import { documentsQuery } from "@/lib/validation";
import { DocumentOrigin } from "@/app/_components/shared/document-origin";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documents"))("title") };
}

// Names of formats and tools, the same in every language.
const FORMATS = { graphml: "GraphML" } as const;

/** The page's search params as the documents API reads them; anything invalid falls back to the first page. */
function listQuery(params: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const parsed = documentsQuery.safeParse({ q: one("q") || undefined, sort: one("sort"), limit: one("limit"), cursor: one("cursor") });
  return parsed.success ? parsed.data : { sort: "ingested" as const, limit: 50 };
}

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = listQuery(await searchParams);
  const t = await getTranslations("documents");
  const format = await getFormatter();
  const languages: Record<string, string> = { ar: t("languages.ar"), en: t("languages.en") };
  // The publication date as the source gave it (ISO, YYYY-MM-DD): sortable, and read alike in both languages.
  const published = (value: string | null | undefined) => value || "—";
  const when = (iso: string) => (iso ? t("utc", { when: format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) }) : "—");
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
      <TopBar tagline={t("tagline")} current="documents" />
      <main className="page">
        {documents === null ? (
          <p className="state error" role="alert">
            {t("unreachable")}
          </p>
        ) : (
          <>
            <p className="exports">
              {t.rich("exports", {
                ...richTags,
                graphml: () => (
                  <a href="/api/export?format=graphml" download lang="en" dir="ltr">
                    {FORMATS.graphml}
                  </a>
                ),
                entities: (chunks) => (
                  <a href="/api/export?format=cypher" download>
                    {chunks}
                  </a>
                ),
                full: (chunks) => (
                  <a href="/api/export?format=cypher&scope=full" download>
                    {chunks}
                  </a>
                ),
              })}
            </p>
            <DocumentList q={query.q ?? ""} sort={query.sort} limit={query.limit} total={page!.total} undated={page!.undated} next={page!.next} paged={Boolean(query.cursor)} />
            <div className="table-wrap documents-table">
              <table data-testid="documents">
                <thead>
                  <tr>
                    <th>{t("colTitle")}</th>
                    <th>{t("colSource")}</th>
                    <th>{t("colPublished")}</th>
                    <th>{t("colLanguage")}</th>
                    <th>{t("colPipeline")}</th>
                    <th>{t("colSentences")}</th>
                    <th>{t("colMentions")}</th>
                    <th>{t("colRelations")}</th>
                    <th>{t("colIngested")}</th>
                    <th>
                      <span className="visually-hidden">{t("colActions")}</span>
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
                        {d.version > 1 && <span className="tag">{t("version", { version: d.version })}</span>}
                      </td>
                      <td className="source">{d.source || d.outlet ? <DocumentOrigin source={d.source} outlet={d.outlet} /> : "—"}</td>
                      <td dir="ltr">{published(d.publishedAt)}</td>
                      <td>{languages[d.lang] ?? d.lang}</td>
                      <td>{t("pipelineVersion", { version: d.pipelineVersion })}</td>
                      <td className="num">{format.number(d.sentences)}</td>
                      <td className="num">{format.number(d.mentions)}</td>
                      <td className="num">{format.number(d.relations)}</td>
                      <td className="when">{when(d.ingestedAt)}</td>
                      <td>
                        <DocumentActions doc={d} />
                      </td>
                    </tr>
                  ))}
                  {documents.length === 0 && (
                    <tr>
                      <td colSpan={10} className="empty">
                        {t.rich("empty", { add: (chunks) => <Link href="/add">{chunks}</Link> })}
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


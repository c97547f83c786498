// The documents page's search, order and paging: a plain GET form and links, so the server pages (/documents?q=&sort=&cursor=).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DOCUMENT_SORTS, type DocumentSort } from "@/lib/graph/document-sorts";

/** The documents API's default page size (lib/validation.ts documentsQuery). */
const PAGE_SIZE = 50;
const SORT_KEYS = { ingested: "sortIngested", published: "sortPublished", title: "sortTitle" } as const;

export async function DocumentList({ q, sort, limit, total, undated, next, paged }: { q: string; sort: DocumentSort; limit: number; total: number; undated: number; next?: string; paged: boolean }) {
  const t = await getTranslations("documentList");
  const href = (extra: Record<string, string>) =>
    `/documents?${new URLSearchParams({ ...(q ? { q } : {}), ...(sort !== "ingested" ? { sort } : {}), ...(limit !== PAGE_SIZE ? { limit: String(limit) } : {}), ...extra })}`;
  return (
    <div className="document-list-tools">
      <form method="get" action="/documents" role="search" className="document-search">
        <label>
          <span className="visually-hidden">{t("searchLabel")}</span>
          <input type="search" name="q" defaultValue={q} placeholder={t("searchLabel")} dir="auto" data-testid="documents-search" />
        </label>{" "}
        <label>
          {t("sortLabel")}{" "}
          <select name="sort" defaultValue={sort} data-testid="documents-sort">
            {DOCUMENT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(SORT_KEYS[s])}
              </option>
            ))}
          </select>
        </label>{" "}
        {limit !== PAGE_SIZE && <input type="hidden" name="limit" value={limit} />}
        <button type="submit">{t("search")}</button>
      </form>
      <p className="meta" data-testid="documents-summary" role="status">
        {t("summary", { total, undated })}
        {q ? ` ${t("matching", { q })}` : ""}
        {total === 0 && q ? ` — ${t("none")}` : ""}
      </p>
      <nav className="pager">
        {paged && (
          <Link href={href({})} data-testid="documents-first">
            {t("first")}
          </Link>
        )}{" "}
        {next && (
          <Link href={href({ cursor: next })} data-testid="documents-next" rel="next">
            {t("next")}
          </Link>
        )}
      </nav>
    </div>
  );
}

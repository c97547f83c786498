import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { TopBar } from "@/app/_components/shared/top-bar";
import { richTags } from "@/app/_components/shared/rich-text";
import { listQueries } from "@/lib/saved-queries/saved-queries";
import { starterText } from "@/lib/saved-queries/starter-text";
import { baseLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogues";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("queries"))("title") };
}

export default async function QueriesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const queries = await listQueries(q);
  const t = await getTranslations("queries");
  const messages = (await getMessages()) as Messages;
  const locale = baseLocale(await getLocale());
  const tag = (name: string) => (Object.hasOwn(messages.queries.tags, name) ? messages.queries.tags[name as keyof Messages["queries"]["tags"]] : undefined);
  return (
    <div className="app">
      <TopBar tagline={t.rich("tagline", richTags)} current="queries" />
      <main className="page">
        <p>
          <Link href="/queries/new">{t("new")}</Link>
        </p>
        <form className="query-search" role="search">
          <input name="q" defaultValue={q ?? ""} placeholder={t("searchPlaceholder")} aria-label={t("searchLabel")} dir="auto" />
        </form>
        <ul className="query-list">
          {queries.map((query) => {
            const text = starterText(query, messages, locale);
            const lang = text.lang === locale ? undefined : text.lang;
            return (
              <li key={query.id}>
                <Link href={`/queries/${query.slug}`} lang={lang}>
                  {text.name}
                </Link>
                <p lang={lang}>{text.description}</p>
                <p className="tags">
                  {query.tags.map((name) => (
                    <span key={name} className="tag" lang={tag(name) ? undefined : "en"}>
                      {tag(name) ?? name}
                    </span>
                  ))}
                  {query.starter && <span className="tag starter">{t("starter")}</span>}
                </p>
              </li>
            );
          })}
          {queries.length === 0 && <li className="empty">{t("none")}</li>}
        </ul>
      </main>
    </div>
  );
}

import Link from "next/link";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { TopBar } from "@/app/_components/shared/top-bar";
import { NotFoundError } from "@/lib/errors";
import { getQuery, type SavedQueryView } from "@/lib/saved-queries/saved-queries";
import { starterText } from "@/lib/saved-queries/starter-text";
import { baseLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogues";
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
  const t = await getTranslations("queries");
  const nav = await getTranslations("nav");
  const locale = baseLocale(await getLocale());
  // The starter's words in the interface language, for display only: the workbench saves the stored text.
  const text = query ? starterText(query, (await getMessages()) as Messages, locale) : null;
  return (
    <div className="app">
      <TopBar
        tagline={
          <>
            <Link href="/queries">{nav("queries")}</Link> /{" "}
            {text?.name ? (
              <span lang={text.lang === locale ? undefined : text.lang}>{text.name}</span>
            ) : id === "new" ? (
              t("newTitle")
            ) : (
              <span lang="en" dir="ltr">
                {id}
              </span>
            )}
          </>
        }
        current="queries"
      />
      <main className="page">{query && text ? <QueryWorkbench query={query} text={text} initialParams={await searchParams} /> : <p className="state error">{t.rich("notFound", { id: () => <span lang="en" dir="ltr">{id}</span> })}</p>}</main>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DuplicateReview } from "@/app/_components/duplicates/duplicate-review";
import { TopBar } from "@/app/_components/shared/top-bar";
import { listDismissals, listDuplicates, type DuplicatePage } from "@/lib/duplicates/service";
import { GraphUnavailableError } from "@/lib/neo4j";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duplicates"))("title") };
}

export default async function DuplicatesPage() {
  const t = await getTranslations("duplicates");
  let page: DuplicatePage | null = null;
  let dismissed = 0;
  try {
    [page, dismissed] = await Promise.all([listDuplicates({ limit: 100 }), listDismissals().then((d) => d.length)]);
  } catch (err) {
    if (!(err instanceof GraphUnavailableError)) throw err;
  }
  return (
    <div className="app">
      <TopBar tagline={t("tagline")} current="duplicates" />
      <main className="page">
        <p>{t("intro")}</p>
        {page === null ? (
          <p className="state error" role="alert">
            {t("unreachable")}
          </p>
        ) : (
          <>
            <p className="meta" data-testid="duplicates-count">
              {t("count", { total: page.total, dismissed })}
            </p>
            <DuplicateReview suggestions={page.suggestions} />
          </>
        )}
      </main>
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TopBar } from "@/app/_components/shared/top-bar";

// A page that does not exist, in the reader's language (Next's own is English only).
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="app">
      <TopBar tagline={t("tagline")} />
      <main className="page">
        <p className="state">
          <span>
            {t("message")} <Link href="/">{t("home")}</Link>
          </span>
        </p>
      </main>
    </div>
  );
}

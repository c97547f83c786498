// The header of every page: the name, what the page is for, the one navigation bar (the current page marked) and the
// language switch.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { baseLocale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./language-switch";

const PAGES = [
  { key: "explorer", href: "/" },
  { key: "documents", href: "/documents" },
  { key: "queries", href: "/queries" },
  { key: "add", href: "/add" },
] as const;

export type Page = (typeof PAGES)[number]["key"];

export async function TopBar({ tagline, current }: { tagline: React.ReactNode; current?: Page }) {
  const t = await getTranslations("nav");
  const brand = await getTranslations("brand");
  const arabic = baseLocale(await getLocale()) === "ar";
  return (
    <header className="topbar">
      <h1 className="brand">
        <Link href="/">
          {/* The name in the interface language first, the other beside it, each marked with its own language. */}
          {arabic ? (
            <>
              <span lang="ar">{brand("ar")}</span>
              <span className="other" lang="en" dir="ltr">{brand("en")}</span>
            </>
          ) : (
            <>
              <span lang="en">{brand("en")}</span>
              <span className="other ar" lang="ar">{brand("ar")}</span>
            </>
          )}
        </Link>
      </h1>
      <span className="tagline">{tagline}</span>
      <nav aria-label={t("label")}>
        <ul>
          {PAGES.map((p) => (
            <li key={p.key}>
              <Link href={p.href} aria-current={p.key === current ? "page" : undefined}>
                {t(p.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  );
}

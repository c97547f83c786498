// The header of every page: the name, what the page is for, and the one navigation bar (the current page marked).
import Link from "next/link";

const PAGES = [
  { key: "explorer", href: "/", label: "Explorer" },
  { key: "documents", href: "/documents", label: "Documents" },
  { key: "queries", href: "/queries", label: "Saved queries" },
  { key: "add", href: "/add", label: "Add an article" },
] as const;

export type Page = (typeof PAGES)[number]["key"];

export function TopBar({ tagline, current }: { tagline: React.ReactNode; current?: Page }) {
  return (
    <header className="topbar">
      <h1 className="brand">
        <Link href="/">
          Sanad<span className="ar" lang="ar">سند</span>
        </Link>
      </h1>
      <span className="tagline">{tagline}</span>
      <nav aria-label="Pages">
        <ul>
          {PAGES.map((p) => (
            <li key={p.key}>
              <Link href={p.href} aria-current={p.key === current ? "page" : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

// The header of every page: the name, what the page is for, and where else to go.
import Link from "next/link";

export function TopBar({ tagline, nav }: { tagline: React.ReactNode; nav?: React.ReactNode }) {
  return (
    <header className="topbar">
      <h1>
        <Link href="/">
          Sanad<span className="ar" lang="ar">سند</span>
        </Link>
      </h1>
      <span className="tagline">{tagline}</span>
      {nav && <nav>{nav}</nav>}
    </header>
  );
}

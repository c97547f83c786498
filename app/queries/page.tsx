import Link from "next/link";
import { TopBar } from "@/app/_components/shared/top-bar";
import { listQueries } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Saved queries — Sanad" };

export default async function QueriesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const queries = await listQueries(q);
  return (
    <div className="app">
      <TopBar tagline="Saved graph queries: read-only Cypher with typed parameters." current="queries" />
      <main className="page">
        <p>
          <Link href="/queries/new">New query</Link>
        </p>
        <form className="query-search" role="search">
          <input name="q" defaultValue={q ?? ""} placeholder="Search queries by name, description or tag" aria-label="Search queries" />
        </form>
        <ul className="query-list">
          {queries.map((query) => (
            <li key={query.id}>
              <Link href={`/queries/${query.slug}`}>{query.name}</Link>
              <p>{query.description}</p>
              <p className="tags">
                {query.tags.map((t) => (
                  <span key={t} className="tag">
                    {t}
                  </span>
                ))}
                {query.starter && <span className="tag starter">starter</span>}
              </p>
            </li>
          ))}
          {queries.length === 0 && <li className="empty">No saved query matches.</li>}
        </ul>
      </main>
    </div>
  );
}

import Link from "next/link";
import { Explorer } from "@/app/_components/explorer";
import { TopBar } from "@/app/_components/top-bar";

// The explorer reads the graph at request time; the build never touches Neo4j. Its state lives in the URL.
export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <div className="app">
      <TopBar
        tagline="Who relates to whom in the news — and the sentences that say so."
        nav={
          <>
            <Link href="/documents">Documents</Link> · <Link href="/queries">Saved queries</Link> · <Link href="/add">Add an article</Link>
          </>
        }
      />
      <Explorer />
    </div>
  );
}

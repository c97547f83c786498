import { Explorer } from "@/app/_components/explorer/explorer";
import { getTranslations } from "next-intl/server";
import { TopBar } from "@/app/_components/shared/top-bar";

// The explorer reads the graph at request time; the build never touches Neo4j. Its state lives in the URL.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) for (const one of [v].flat()) if (one !== undefined) params.append(k, one);
  const search = params.size ? `?${params}` : "";
  const t = await getTranslations("explorerPage");
  return (
    <div className="app">
      <TopBar tagline={t("tagline")} current="explorer" />
      <Explorer search={search} />
    </div>
  );
}

import { redirect } from "next/navigation";

export const dynamic = "force-dynamic";

// A document is read beside the graph: the explorer opens it in its reader (a sentence with ?sentence=N).
export default async function DocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { sentence } = await searchParams;
  const query = new URLSearchParams({ doc: id });
  if (typeof sentence === "string" && /^\d+$/.test(sentence)) query.set("sentence", sentence);
  redirect(`/?${query}`);
}

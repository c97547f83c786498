import { notFound } from "next/navigation";
import { BenchGraph } from "./bench-graph";

// The UI benchmark's page (test builds only): a synthetic graph in the explorer's canvas, or in bare cytoscape.
export const dynamic = "force-dynamic";

export default function BenchGraphPage() {
  if (process.env.NEXT_PUBLIC_SANAD_TEST !== "1") notFound();
  return <BenchGraph />;
}

// Shared helpers of the integration tests: graph counts and a clean slate, on the real test database.
import fs from "node:fs";
import path from "node:path";
import { readTx, runAuto } from "@/lib/neo4j";
import { toNumber } from "@/lib/graph/values";

export const SEED_ARTICLE = path.join(process.cwd(), "graph-seed", "articles", "article-ar.txt");
export const seedText = () => fs.readFileSync(SEED_ARTICLE, "utf8");

export async function clearGraph() {
  await runAuto("MATCH (n) DETACH DELETE n");
}

/** Node counts per label and relationship counts per type: a fingerprint of the whole graph. */
export async function graphCounts(): Promise<Record<string, number>> {
  return readTx(async (tx) => {
    const counts: Record<string, number> = {};
    const labels = await tx.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n");
    for (const r of labels.records) counts[`:${r.get("l")}`] = toNumber(r.get("n"));
    const types = await tx.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n");
    for (const r of types.records) counts[`-${r.get("t")}-`] = toNumber(r.get("n"));
    return counts;
  });
}

// Saved-query runs: p50/p95 latency of POST /api/queries/neighbourhood/run (the route handler, in process) beside the
// same Cypher through the bare driver, on a synthetic graph.
import neo4j from "neo4j-driver";
import { POST as runRoute } from "../app/api/queries/[id]/run/route";
import { extract } from "../graph-seed/extract";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { writeExtraction } from "../lib/graph/write";
import { closeDb } from "../lib/db";
import { ensureSchema } from "../lib/graph/schema";
import { closeDriver, getDriver, runAuto } from "../lib/neo4j";
import { flushRuns, installStarterQueries } from "../lib/saved-queries/saved-queries";
import { STARTER_QUERIES } from "../lib/saved-queries/starter-queries";
import { report } from "./report";
import { syntheticCorpus } from "./synthetic";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);

await ensureSchema();
await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
for (const [i, a] of syntheticCorpus(ARTICLES, 20).entries()) await writeExtraction(extract({ text: a.text, lang: a.lang, title: `synthetic ${i}` }), PIPELINE_VERSION);
await installStarterQueries();
const starter = STARTER_QUERIES.find((q) => q.slug === "neighbourhood")!;
const cypher = starter.cypher;
// Every parameter the starter declares, with its default, as the route fills them in: a parameter added to the starter
// later reaches the baseline too (the bench once broke with ParameterMissing when $rejected was added).
const defaults = Object.fromEntries(starter.parameters.map((p) => [p.name, typeof p.default === "number" ? neo4j.int(p.default) : (p.default ?? null)]));
const entities = ["china", "russia", "xi-jinping", "vladimir-putin", "taiwan"];

async function ours(entity: string) {
  const res = await runRoute(new Request("http://bench/run", { method: "POST", body: JSON.stringify({ params: { entity, limit: 50 } }) }), { params: Promise.resolve({ id: "neighbourhood" }) });
  if (res.status !== 200) throw new Error(`run answered ${res.status}: ${await res.text()}`);
  await res.json();
}

async function bare(entity: string) {
  const session = getDriver().session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(cypher, { ...defaults, entity, limit: neo4j.int(50) }));
  } finally {
    await session.close();
  }
}

function percentile(samples: number[], p: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const times = { ours: [] as number[], bare: [] as number[] };
for (let i = 0; i < Math.min(20, ITERATIONS); i++) {
  await ours(entities[i % entities.length]!);
  await bare(entities[i % entities.length]!);
}
// Interleaved, so both see the same cache and machine state.
for (let i = 0; i < ITERATIONS; i++) {
  const entity = entities[i % entities.length]!;
  let t0 = performance.now();
  await ours(entity);
  times.ours.push(performance.now() - t0);
  t0 = performance.now();
  await bare(entity);
  times.bare.push(performance.now() - t0);
}
await flushRuns(); // the last run records land before closing
await closeDriver();
await closeDb();

report("queries", [
  { name: "neighbourhood run p50", unit: "ms", value: percentile(times.ours, 50), baseline: percentile(times.bare, 50), better: "lower", goal: "ratio <= 1.3 (baseline: the same Cypher through the bare driver)" },
  { name: "neighbourhood run p95", unit: "ms", value: percentile(times.ours, 95), baseline: percentile(times.bare, 95), better: "lower", goal: "ratio <= 1.3 (baseline: the same Cypher through the bare driver)" },
]);

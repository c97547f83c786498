// Ingestion: extraction speed; the bulk writer beside a raw UNWIND … MERGE of the same rows on the same keys; and the
// seed CLI on generated JSON Lines corpora (--jobs 2): memory of its process tree at two sizes, a re-run with nothing
// changed, and runs stopped half-way by SIGINT and by SIGKILL that resume to the same graph.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { extract } from "../graph-seed/extract";
import { splitSentences } from "../graph-seed/split-sentences";
import { normalizeForMatching } from "../graph-seed/normalize-arabic";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { DEFAULT_BATCH } from "../lib/documents/bulk-ingest";
import { toRows, writeExtractions } from "../lib/graph/write";
import { ensureSchema } from "../lib/graph/schema";
import { toNumber } from "../lib/graph/values";
import { closeDriver, readTx, runAuto, writeTx } from "../lib/neo4j";
import { closeDb } from "../lib/db";
import { report, type Figure } from "./report";
import { syntheticCorpus } from "./synthetic";

const SMALL = Number(process.env.BENCH_ARTICLES ?? 1000);
// A tiny run (npm test) keeps the large corpus small too: it proves the steps run, its figures are not judged.
const LARGE = Number(process.env.BENCH_LARGE_ARTICLES ?? SMALL * (process.env.BENCH_TINY === "1" ? 2 : 10));
const SENTENCES = Number(process.env.BENCH_SENTENCES ?? (process.env.BENCH_TINY === "1" ? 5 : 10));
/** Articles written by both writers in the write-path comparison. */
const WRITE_ARTICLES = Math.min(SMALL, 1000);
const JOBS = 2;
/** Which parts run (all by default): extract, write, cli. */
const PARTS = new Set((process.env.BENCH_PARTS ?? "extract,write,cli").split(","));
const tmp = fs.mkdtempSync(path.join(process.env.SANAD_TEST_TMP ?? (await import("node:os")).tmpdir(), "ingest-bench-"));
// Relationships first, in small transactions: a hub entity of a 10,000-article graph holds more than one transaction's
// memory allows.
async function clearGraph() {
  await runAuto("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS");
  await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
}
const log = (line: string) => console.log(`  ${line}`);

await ensureSchema();
await clearGraph();

// 1. Extraction alone, beside the cheapest pass over the same text (normalise + split).
let t0 = performance.now();
let sentenceCount = 0;
let splitSeconds = NaN;
let extracted = 0;
let extractSeconds = NaN;
if (PARTS.has("extract")) {
  const sample = syntheticCorpus(Math.min(SMALL, 200), 20);
  t0 = performance.now();
  for (const a of sample) sentenceCount += splitSentences(normalizeForMatching(a.text).text).length;
  splitSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (const [i, a] of sample.entries()) extracted += extract({ text: a.text, lang: a.lang, title: `synthetic ${i}` }).sentences.length;
  extractSeconds = (performance.now() - t0) / 1000;
}

// 2. The write path: the bulk writer (batches of DEFAULT_BATCH articles, one transaction each) beside raw UNWIND … MERGE
// of the same rows on the same labels and keys (so the same indexes) in the same batches: no look-up of an earlier
// version, no clean-up, no evidence counts, no recount.
let rawSeconds = NaN;
let oursSeconds = NaN;
let totalRows = 0;
if (PARTS.has("write")) {
  const articles = syntheticCorpus(WRITE_ARTICLES, SENTENCES, 7).map((a, i) => ({
    x: extract({ text: a.text, lang: a.lang, title: `synthetic ${i}` }),
    documentExtra: { ingestKey: `bench#${i}`, contentHash: `h${i}`, outlet: "Bench" },
  }));
  const batches: (typeof articles)[] = [];
  for (let i = 0; i < articles.length; i += DEFAULT_BATCH) batches.push(articles.slice(i, i + DEFAULT_BATCH));
  function mergedRows(batch: typeof articles) {
    const all = batch.map((a) => toRows(a.x, PIPELINE_VERSION, a.documentExtra));
    return {
      documents: all.map((r) => r.document),
      sentences: all.flatMap((r) => r.sentences),
      entities: [...new Map(all.flatMap((r) => r.entities).map((e) => [e.id, e])).values()],
      mentions: all.flatMap((r) => r.mentions),
      relations: [...new Map(all.flatMap((r) => r.relations).map((x) => [x.id, { id: x.id, type: x.type, source: x.source, target: x.target, modality: x.modality, properties: x.properties }])).values()],
      evidence: all.flatMap((r) => r.evidence),
    };
  }
  const rawBatches = batches.map(mergedRows);
  totalRows = rawBatches.reduce((n, r) => n + r.documents.length + r.sentences.length + r.entities.length + r.mentions.length + r.relations.length + r.evidence.length, 0);
  // Raw: the same labels, keys and indexes as the product's schema (the database's cost of this data), plain MERGE
  // statements, typed relations merged one statement per type (a type cannot be a parameter).
  async function rawMerge() {
    for (const r of rawBatches)
      await writeTx(async (tx) => {
        await tx.run("UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row", { rows: r.documents });
        await tx.run("UNWIND $rows AS row MATCH (d:Document {id: row.documentId}) MERGE (s:Sentence {id: row.id}) SET s += row MERGE (d)-[:HAS_SENTENCE]->(s)", { rows: r.sentences });
        await tx.run("UNWIND $rows AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e += row", { rows: r.entities });
        await tx.run("UNWIND $rows AS row MATCH (s:Sentence {id: row.sentenceId}), (e:Entity {id: row.entityId}) MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e) SET m.surface = row.surface, m.rule = row.rule, m.confidence = row.confidence", { rows: r.mentions });
        await tx.run("UNWIND $rows AS row MATCH (s:Sentence {id: row.sentenceId}) MERGE (v:Evidence {id: row.id}) SET v += row MERGE (v)-[:FROM]->(s)", { rows: r.evidence });
        for (const type of new Set(r.relations.map((x) => x.type)))
          await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target}) MERGE (a)-[x:${type} {id: row.id}]->(b) SET x += row.properties, x.modality = row.modality`, {
            rows: r.relations.filter((x) => x.type === type),
          });
      });
  }
  async function ours() {
    for (const b of batches) await writeExtractions(b, PIPELINE_VERSION);
  }
  // Each writer three times on an empty graph, alternating, best time kept: the server's caches and JIT warm for both
  // alike, and a pause of the shared machine costs neither side its figure.
  rawSeconds = Infinity;
  oursSeconds = Infinity;
  for (let round = 0; round < 3; round++) {
    await clearGraph();
    t0 = performance.now();
    await rawMerge();
    rawSeconds = Math.min(rawSeconds, (performance.now() - t0) / 1000);
    await clearGraph();
    t0 = performance.now();
    await ours();
    oursSeconds = Math.min(oursSeconds, (performance.now() - t0) / 1000);
  }
  log(`write path: ${totalRows} rows in ${batches.length} batches; ours ${oursSeconds.toFixed(2)} s, raw MERGE ${rawSeconds.toFixed(2)} s`);
  articles.length = 0;
  rawBatches.length = 0;
  await clearGraph();
}

// 3. The CLI on JSON Lines corpora.
function writeCorpus(n: number, file: string) {
  const out = fs.openSync(file, "w");
  for (const [i, a] of syntheticCorpus(n, SENTENCES, 11).entries())
    fs.writeSync(out, JSON.stringify({ title: `Synthetic ${i}`, text: a.text, lang: a.lang, source: `https://news.example/${n}/${i}`, publishedAt: "2024-05-01", outlet: "Example Wire" }) + "\n");
  fs.closeSync(out);
}
const smallFile = path.join(tmp, "small.jsonl");
const largeFile = path.join(tmp, "large.jsonl");
const mb = (bytes: number) => bytes / 2 ** 20;

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of fs.readdirSync(`/proc/${pid}/task`))
      for (const child of fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean)) total += treeRss(Number(child));
  } catch {
    // the process ended between two reads
  }
  return total;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  peakRss: number;
  stderr: string;
}

/** `npm run seed -- FILE --jobs 2` as one process (tsx as a loader), optionally sent `signal` once half the corpus is done. */
function seed(file: string, stopWith?: NodeJS.Signals): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, SANAD_PROGRESS_MS: "100" };
  delete env.NODE_OPTIONS;
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", file, "--jobs", String(JOBS)], { env, stdio: ["ignore", "ignore", "pipe"] });
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 50);
  let stderr = "";
  let sent = false;
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d;
    if (!stopWith || sent) return;
    const last = [...stderr.matchAll(/progress: (\d+)\/(\d+)/g)].pop();
    if (last && Number(last[1]) >= Number(last[2]) / 2) {
      sent = true;
      child.kill(stopWith);
    }
  });
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      clearInterval(sampler);
      resolve({ code, signal, seconds: (performance.now() - started) / 1000, peakRss, stderr });
    }),
  );
}

function expectCode(run: Run, codes: (number | null)[], what: string) {
  if (!codes.includes(run.code)) throw new Error(`${what}: the seed exited ${run.code ?? run.signal}, expected ${codes.join(" or ")}\n${run.stderr.slice(-3000)}`);
}

/** Counts of every label and relationship type, and a hash over document, entity and relation ids (with evidence counts). */
async function graphState() {
  return readTx(async (tx) => {
    const labels = await tx.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label");
    const types = await tx.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
    const hash = createHash("sha256");
    for (const q of [
      "MATCH (d:Document) RETURN d.id + '|' + coalesce(d.contentHash, '') + '|' + d.sentenceCount AS k ORDER BY k",
      "MATCH (e:Entity) RETURN e.id AS k ORDER BY k",
      "MATCH (:Entity)-[r]->(:Entity) RETURN r.id + '|' + toString(r.evidenceCount) AS k ORDER BY k",
    ])
      for (const r of (await tx.run(q)).records) hash.update(String(r.get("k")) + "\n");
    const counts = Object.fromEntries([...labels.records.map((r) => [`:${r.get("label")}`, toNumber(r.get("n"))]), ...types.records.map((r) => [`[${r.get("type")}]`, toNumber(r.get("n"))])]);
    return { counts, checksum: hash.digest("hex") };
  });
}

let first: Run | undefined;
let rerun: Run | undefined;
let large: Run | undefined;
const resumed: Record<string, { same: boolean; stoppedAt: string }> = {};
if (PARTS.has("cli")) {
  writeCorpus(SMALL, smallFile);
  writeCorpus(LARGE, largeFile);
  await clearGraph();
  first = await seed(smallFile);
  expectCode(first, [0], "first run");
  const reference = await graphState();
  log(`CLI, ${SMALL} articles: ${first.seconds.toFixed(1)} s, peak ${mb(first.peakRss).toFixed(0)} MB (process tree)`);
  rerun = await seed(smallFile);
  expectCode(rerun, [0], "re-run");
  if (!/ 0 written/.test(rerun.stderr)) throw new Error(`the re-run wrote articles again:\n${rerun.stderr.slice(-2000)}`);
  log(`re-run with nothing changed: ${rerun.seconds.toFixed(1)} s`);

  for (const signal of ["SIGINT", "SIGKILL"] as const) {
    await clearGraph();
    const stopped = await seed(smallFile, signal);
    expectCode(stopped, signal === "SIGINT" ? [130, 0] : [null, 0], `run stopped by ${signal}`);
    const stoppedAt = [...stopped.stderr.matchAll(/progress: (\d+\/\d+)/g)].pop()?.[1] ?? "?";
    const rest = await seed(smallFile);
    expectCode(rest, [0], `run resumed after ${signal}`);
    const state = await graphState();
    const same = state.checksum === reference.checksum && JSON.stringify(state.counts) === JSON.stringify(reference.counts);
    if (!same) console.error(`  after ${signal}: ${JSON.stringify(state.counts)} vs ${JSON.stringify(reference.counts)}`);
    resumed[signal] = { same, stoppedAt };
    log(`${signal} at ${stoppedAt} (exit ${stopped.code ?? stopped.signal}), resumed in ${rest.seconds.toFixed(1)} s: ${same ? "same counts and checksum" : "DIFFERENT graph"}`);
  }

  await clearGraph();
  large = await seed(largeFile);
  expectCode(large, [0], "large run");
  log(`CLI, ${LARGE} articles: ${large.seconds.toFixed(1)} s, peak ${mb(large.peakRss).toFixed(0)} MB (process tree)`);
}

await clearGraph();
await closeDriver();
await closeDb();
fs.rmSync(tmp, { recursive: true, force: true });

const figures: Figure[] = [];
if (PARTS.has("extract")) figures.push(
  { name: "extraction throughput", unit: "sentences/s", value: extracted / extractSeconds, baseline: sentenceCount / splitSeconds, better: "higher", goal: "informative: baseline is normalise + split only" });
if (PARTS.has("write")) figures.push(
  { name: "write throughput", unit: "rows/s", value: totalRows / oursSeconds, baseline: totalRows / rawSeconds, better: "higher", goal: `ratio >= 0.9 (baseline: raw UNWIND MERGE of the same rows on the same labels and keys, same batches of ${DEFAULT_BATCH} articles; ${WRITE_ARTICLES} articles)` });
if (first && rerun && large) figures.push(
  { name: "peak memory, process tree", unit: "MB", value: mb(large.peakRss), baseline: mb(first.peakRss), better: "lower", goal: `ratio <= 1.2 (${LARGE} articles against ${SMALL}, --jobs ${JOBS})` },
  { name: "re-run with nothing changed", unit: "s", value: rerun.seconds, baseline: first.seconds, better: "lower", goal: `ratio < 0.1 (baseline: the first run, ${SMALL} articles)` },
  { name: "bulk ingest throughput", unit: "articles/s", value: LARGE / large.seconds, baseline: SMALL / first.seconds, better: "higher", goal: `informative: ${LARGE} articles of ${SENTENCES} sentences against ${SMALL}, --jobs ${JOBS}, whole CLI run` },
  ...(["SIGINT", "SIGKILL"] as const).map((signal): Figure => ({ name: `resume after ${signal}`, unit: "same graph (1 = yes)", value: resumed[signal]!.same ? 1 : 0, baseline: 1, better: "higher", goal: `ratio = 1: stopped at ${resumed[signal]!.stoppedAt}, re-run, same counts and checksum as one uninterrupted run` })),
);
report("ingest", figures);
if (Object.values(resumed).some((r) => !r.same)) process.exitCode = 1;

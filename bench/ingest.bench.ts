// Ingestion: extraction speed on a synthetic corpus, and our transactional writer beside a raw UNWIND … CREATE of the same rows.
import { extract } from "../graph-seed/extract";
import { splitSentences } from "../graph-seed/split-sentences";
import { normalizeForMatching } from "../graph-seed/normalize-arabic";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { toRows, writeExtraction } from "../lib/graph/write";
import { ensureSchema } from "../lib/graph/schema";
import { closeDriver, runAuto, writeTx } from "../lib/neo4j";
import { report } from "./report";
import { syntheticCorpus } from "./synthetic";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const SENTENCES = 20;

let peakRss = 0;
const baselineRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);

const corpus = syntheticCorpus(ARTICLES, SENTENCES);

// Extraction alone, beside the cheapest pass over the same text (normalise + split).
let t0 = performance.now();
let sentenceCount = 0;
for (const a of corpus) sentenceCount += splitSentences(normalizeForMatching(a.text).text).length;
const baselineSeconds = (performance.now() - t0) / 1000;
t0 = performance.now();
const extractions = corpus.map((a, i) => extract({ text: a.text, lang: a.lang, title: `synthetic ${i}` }));
const extractSeconds = (performance.now() - t0) / 1000;
const extracted = extractions.reduce((n, x) => n + x.sentences.length, 0);

await ensureSchema();
await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
const rowsOf = (r: ReturnType<typeof toRows>) => 1 + r.sentences.length + r.entities.length + r.mentions.length + r.relations.length + r.evidence.length;
const allRows = extractions.map((x) => toRows(x, PIPELINE_VERSION));
const totalRows = allRows.reduce((n, r) => n + rowsOf(r), 0);

// Raw: the same rows, one transaction per document, plain CREATE of the same elements (no clean-up, no MERGE, no recount).
for (const label of ["RawSentence", "RawEntity"]) await runAuto(`CREATE INDEX raw_${label.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
await runAuto("CALL db.awaitIndexes(60)");
t0 = performance.now();
for (const r of allRows) {
  // Raw entities are created per document, so they are keyed by document too.
  const doc = r.document.id;
  const entities = r.entities.map((e) => ({ ...e, id: `${doc}/${e.id}` }));
  const mentions = r.mentions.map((m) => ({ ...m, entityId: `${doc}/${m.entityId}` }));
  const relations = r.relations.map((x) => ({ id: x.id, type: x.type, source: `${doc}/${x.source}`, target: `${doc}/${x.target}` }));
  await writeTx(async (tx) => {
    await tx.run("CREATE (d:RawDocument) SET d = $doc WITH d UNWIND $rows AS row CREATE (d)-[:HAS_SENTENCE]->(s:RawSentence) SET s = row", { doc: r.document, rows: r.sentences });
    await tx.run("UNWIND $rows AS row CREATE (e:RawEntity) SET e = row", { rows: entities });
    await tx.run("UNWIND $rows AS row MATCH (s:RawSentence {id: row.sentenceId}) MATCH (e:RawEntity {id: row.entityId}) CREATE (s)-[m:RAW_MENTIONS]->(e) SET m.start = row.start, m.end = row.end", { rows: mentions });
    await tx.run("UNWIND $rows AS row MATCH (a:RawEntity {id: row.source}) MATCH (b:RawEntity {id: row.target}) CREATE (a)-[x:RAW_RELATION]->(b) SET x.id = row.id, x.type = row.type", { rows: relations });
    await tx.run("UNWIND $rows AS row MATCH (s:RawSentence {id: row.sentenceId}) CREATE (v:RawEvidence)-[:RAW_FROM]->(s) SET v = row", { rows: r.evidence });
  });
}
const rawSeconds = (performance.now() - t0) / 1000;
await runAuto("MATCH (n) WHERE any(l IN labels(n) WHERE l STARTS WITH 'Raw') CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");

t0 = performance.now();
for (const x of extractions) await writeExtraction(x, PIPELINE_VERSION);
const oursSeconds = (performance.now() - t0) / 1000;

clearInterval(sampler);
await closeDriver();

report("ingest", [
  { name: "extraction throughput", unit: "sentences/s", value: extracted / extractSeconds, baseline: sentenceCount / baselineSeconds, better: "higher", goal: "informative: baseline is normalise + split only" },
  { name: "write throughput", unit: "rows/s", value: totalRows / oursSeconds, baseline: totalRows / rawSeconds, better: "higher", goal: "ratio >= 0.7 (baseline: raw UNWIND CREATE of the same rows)" },
  { name: "peak memory", unit: "MB", value: peakRss / 2 ** 20, baseline: baselineRss / 2 ** 20, better: "lower", goal: `informative: ${ARTICLES} articles, ${extracted} sentences held in memory` },
]);

// `npm run eval [-- --format json] [-- --verbose]`: the pipeline scored against the evaluation corpus (eval/), both
// halves, with bootstrap intervals, and the ten articles it was built on as a regression set, reported apart.
// Tune on the dev half only: --verbose lists the dev half's misses and extras, never the test half's (docs/pipeline.md).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { evaluate, loadGold } from "../graph-seed/evaluate";
import { prepare } from "../graph-seed/prepare";
import { toSeedJson } from "../graph-seed/seed-format";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { loadCorpus, type CorpusArticle } from "../eval/corpus";
import { scoreArticle, SCORED_TYPES, summarise, type HalfReport, type Interval } from "../eval/score";
import { report } from "../bench/report";

// --dev-only: while tuning, score the dev half alone (no test figure to glance at between changes).
const { values } = parseArgs({ options: { format: { type: "string", default: "text" }, verbose: { type: "boolean", default: false }, "dev-only": { type: "boolean", default: false } } });
if (values.format !== "text" && values.format !== "json") {
  console.error(`error: --format must be text or json, not "${values.format}"`);
  process.exit(2);
}

function scoreAll(articles: CorpusArticle[]) {
  return articles.map((a) => {
    const x = prepare(a.bytes, { lang: a.gold.lang });
    return scoreArticle(toSeedJson(x), x.document.text, a.gold);
  });
}

const corpus = loadCorpus();
const halves = { dev: corpus.filter((a) => a.half === "dev"), test: values["dev-only"] ? [] : corpus.filter((a) => a.half === "test") };
const scores = { dev: scoreAll(halves.dev), test: scoreAll(halves.test) };
const result: Record<string, HalfReport> = { dev: summarise(scores.dev), test: summarise(scores.test), all: summarise([...scores.dev, ...scores.test]) };
const topics = [...new Set(corpus.map((a) => a.topic))].sort();
const regression = loadGold().map(evaluate);
const regressionF1 = regression.reduce((n, r) => n + r.relations.f1, 0) / Math.max(1, regression.length);

const counts = {
  articles: corpus.length,
  languages: result.all!.languages,
  sentences: result.all!.sentences,
  goldRelations: result.all!.goldRelations,
  goldPerType: result.all!.goldPerType,
  topics: topics.length,
};

if (values.format === "json") {
  process.stdout.write(JSON.stringify({ pipelineVersion: PIPELINE_VERSION, counts, topics, dev: result.dev, test: result.test, regression: { articles: regression.length, meanRelationF1: regressionF1, perArticle: regression.map((r) => ({ file: r.file, relations: { precision: r.relations.precision, recall: r.relations.recall, f1: r.relations.f1 }, mentions: { precision: r.mentions.precision, recall: r.mentions.recall, f1: r.mentions.f1 } })) } }) + "\n");
} else {
  const pct = (n: number) => (n * 100).toFixed(1).padStart(5);
  const ci = (i: Interval) => `${pct(i.value)} [${pct(i.low)}–${pct(i.high)}]`;
  console.log(`pipeline v${PIPELINE_VERSION} · corpus: ${counts.articles} articles (${Object.entries(counts.languages).map(([l, n]) => `${n} ${l}`).join(", ")}), ${counts.sentences} sentences, ${counts.goldRelations} gold relations, ${counts.topics} topics`);
  console.log(`gold per type: ${SCORED_TYPES.map((t) => `${t} ${counts.goldPerType[t]}`).join(", ")}`);
  for (const half of values["dev-only"] ? (["dev"] as const) : (["dev", "test"] as const)) {
    const r = result[half]!;
    console.log(`\n${half} half: ${r.articles} articles, ${r.sentences} sentences, ${r.goldRelations} gold relations`);
    console.log(`  type              gold  written | precision [95%]       recall [95%]          F1 [95%]`);
    for (const t of SCORED_TYPES) {
      const p = r.perType[t]!;
      console.log(`  ${t.padEnd(16)} ${String(p.gold).padStart(5)} ${String(p.written).padStart(8)} | ${ci(p.precision)}  ${ci(p.recall)}  ${ci(p.f1)}`);
    }
    console.log(`  ${"overall".padEnd(16)} ${String(r.goldRelations).padStart(5)} ${String(Object.values(r.perType).reduce((n, p) => n + p.written, 0)).padStart(8)} | ${ci(r.overall.precision)}  ${ci(r.overall.recall)}  ${ci(r.overall.f1)}`);
    console.log(`  entity recall per sentence ${pct(r.entityRecall)} · CO_MENTIONED share of edges ${pct(r.coMentionedShare)}${Object.keys(r.otherTypes).length ? ` · other types (not scored): ${JSON.stringify(r.otherTypes)}` : ""}`);
  }
  if (values.verbose)
    for (const s of scores.dev) {
      if (!s.missing.length && !s.extra.length) continue;
      console.log(`\n  dev ${s.id}:`);
      if (s.missing.length) console.log(`    missing: ${s.missing.join(" · ")}`);
      if (s.extra.length) console.log(`    extra:   ${s.extra.join(" · ")}`);
    }
  console.log(`\nregression set (the ${regression.length} articles the pipeline was built on; not in the figures above):`);
  console.log("  article                 | mentions P     R     F1  | relations P   R     F1");
  for (const r of regression) console.log(`  ${r.file.replace("../articles/", "seed:").padEnd(23)} | ${pct(r.mentions.precision)} ${pct(r.mentions.recall)} ${pct(r.mentions.f1)} | ${pct(r.relations.precision)} ${pct(r.relations.recall)} ${pct(r.relations.f1)}`);
}

// bench/results/extraction.json: the test half's F1 beside the regression set's in the same run (how far it generalises).
const resultsDir = process.env.BENCH_RESULTS_DIR ?? path.join(process.cwd(), "bench", "results");
if (fs.existsSync(path.dirname(resultsDir)) && !values["dev-only"])
  report("extraction", [
    { name: "typed relation F1, test half", unit: "F1", value: result.test!.overall.f1.value, baseline: regressionF1, better: "higher", goal: "F1 >= 0.75 with precision >= 0.85 (baseline: mean F1 on the regression set the pipeline was built on)" },
    { name: "typed relation precision, test half", unit: "precision", value: result.test!.overall.precision.value, baseline: 0.85, better: "higher", goal: ">= 0.85 (baseline: the goal)" },
    { name: "typed relation F1, dev half", unit: "F1", value: result.dev!.overall.f1.value, baseline: regressionF1, better: "higher", goal: "F1 >= 0.75 (baseline: mean F1 on the regression set)" },
    { name: "entity recall per sentence, test half", unit: "recall", value: result.test!.entityRecall, baseline: 0.95, better: "higher", goal: ">= 0.95 (baseline: the goal)" },
    { name: "CO_MENTIONED share of edges, test half", unit: "share", value: result.test!.coMentionedShare, baseline: result.dev!.coMentionedShare, better: "lower", goal: "lower (baseline: the dev half)" },
  ]);

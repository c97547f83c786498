// `npm run seed -- [PATH…|-] [options]`: articles, folders and JSON Lines → knowledge graph in Neo4j. Progress on stderr, results on stdout.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "../lib/db";
import { countDocuments, staleDocuments } from "../lib/graph/document-reads";
import { ensureSchema } from "../lib/graph/schema";
import { reingestDocument } from "../lib/documents/manage";
import { closeDriver, runAuto } from "../lib/neo4j";
import { ArticleError, ingest, prepare, type IngestOptions, type IngestSummary } from "../lib/documents/ingest";
import { defaultJobs, ingestCorpus, type BulkSummary } from "../lib/documents/bulk-ingest";
import { countCorpus, readCorpus } from "../lib/documents/corpus";
import { formatDuration, progressView } from "./seed-progress";
import type { Extraction, Lang } from "../graph-seed/types";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { toSeedJson } from "../graph-seed/seed-format";

const ARTICLES_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "../graph-seed/articles");

const USAGE = `usage: npm run seed -- [PATH…|-] [--jobs N] [--lang ar|en] [--title T] [--source URL] [--published DATE]
                       [--outlet NAME] [--dry-run] [--format text|json] [--reset] [--if-needed] [--reingest] [--max-bytes N]
  PATH        a file or a folder (searched recursively for .txt, .md and .jsonl); "-" reads stdin (JSON Lines when it
              starts with "{", else one article). A .jsonl file holds one article a line: {"text", "title", "lang",
              "source", "publishedAt", "outlet"}; a .txt or .md file may start with the same fields as front matter.
              Articles already written unchanged are skipped, changed ones replaced (docs/seed-format.md).
              None seeds every file in graph-seed/articles/ (except those a person deleted or replaced)
  --jobs N    worker threads extracting (default: the number of cores, here ${defaultJobs()})
  --dry-run   extract only, write nothing (with --format json: one JSON object on stdout)
  --reset     delete the whole graph first (curation records are kept and applied again)
  --if-needed seed when the graph holds no document; re-extract the documents made by another pipeline version
  --reingest  re-extract every stored document from its stored text with the current pipeline`;

class UsageError extends Error {}

function log(message: string) {
  process.stderr.write(message + "\n");
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      title: { type: "string" },
      source: { type: "string" },
      published: { type: "string" },
      outlet: { type: "string" },
      jobs: { type: "string" },
      batch: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      format: { type: "string", default: "text" },
      reset: { type: "boolean", default: false },
      "if-needed": { type: "boolean", default: false },
      reingest: { type: "boolean", default: false },
      "max-bytes": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.lang !== undefined && values.lang !== "ar" && values.lang !== "en") throw new UsageError(`--lang must be ar or en, not "${values.lang}"`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) throw new UsageError(`--published must be a date such as 2021-12-15, not "${values.published}"`);
  if (values.source !== undefined && !/^https?:\/\/\S+$/.test(values.source)) throw new UsageError(`--source must be an http(s) URL`);
  const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError("--max-bytes must be a positive integer");
  if (positionals.length > 1 && (values.title || values.source || values.published)) throw new UsageError("--title, --source and --published apply to one file at a time");
  const positive = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(Number.isInteger(n) && n > 0)) throw new UsageError(`--${name} must be a positive integer`);
    return n;
  };
  const jobs = positive("jobs", values.jobs);
  const batch = positive("batch", values.batch);
  return { values, positionals, maxBytes, jobs, batch };
}

function readInput(file: string): Uint8Array {
  if (file === "-") return fs.readFileSync(0);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new ArticleError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

function defaultFiles(): string[] {
  return fs
    .readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(ARTICLES_DIR, f));
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals, maxBytes, jobs, batch } = parse(argv);
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const files = positionals.length ? positionals : defaultFiles();
  const opts: IngestOptions = {
    lang: values.lang as Lang | undefined,
    title: values.title,
    source: values.source,
    publishedAt: values.published,
    maxBytes,
    progress: (line) => log(`  ${line}`),
  };

  if (values["dry-run"]) {
    for (const file of files) {
      const t0 = performance.now();
      log(`${file === "-" ? "stdin" : path.basename(file)}:`);
      const x = prepare(readInput(file), opts);
      if (values.format === "json") process.stdout.write(JSON.stringify(toSeedJson(x)) + "\n");
      else log(`done: ${summaryLine(x)} in ${Math.round(performance.now() - t0)} ms (dry run, nothing written)`);
    }
    return 0;
  }

  const t0 = performance.now();
  await ensureSchema();
  log(`schema ready (${Math.round(performance.now() - t0)} ms)`);
  if (values.reset) {
    // Batched so a large graph does not need one huge transaction.
    await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    log("graph reset");
  }
  if ((values["if-needed"] || values.reingest) && !values.reset) {
    const [documents, stale] = await Promise.all([countDocuments(), staleDocuments(values.reingest ? "" : PIPELINE_VERSION)]);
    if (documents > 0) {
      if (stale.length === 0) {
        log(`graph holds ${documents} document(s) made by pipeline v${PIPELINE_VERSION}: nothing to seed`);
        return 0;
      }
      // Every stored document, the ones people added too, is read again from its stored text; corrections re-applied.
      log(`re-extracting ${stale.length} document(s) ${values.reingest ? "" : `made by another pipeline version `}with pipeline v${PIPELINE_VERSION}`);
      const started = performance.now();
      for (const doc of stale) {
        log(`${doc.id} (v${doc.version ?? "?"}):`);
        await reingestDocument(doc.id, (line) => log(`  ${line}`));
      }
      log(`done: ${stale.length} document(s) in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
  }
  if (positionals.length) return bulk(positionals, { jobs, batch, maxBytes, format: values.format, overrides: { lang: opts.lang, title: opts.title, source: opts.source, publishedAt: opts.publishedAt, outlet: values.outlet } });
  const results: (IngestSummary & { file: string })[] = [];
  const started = performance.now();
  // The bundled articles are a re-seed: a document a person deleted or replaced stays out.
  const reseed = positionals.length === 0;
  for (const file of files) {
    log(`${file === "-" ? "stdin" : path.basename(file)}:`);
    const summary = await ingest(readInput(file), { ...opts, reseed });
    if (!summary.skipped) results.push({ file, ...summary });
  }
  const sum = (k: "sentences" | "mentions" | "entities" | "relations") => results.reduce((n, r) => n + r[k], 0);
  log(`done: ${results.length} document(s), ${sum("sentences")} sentences, ${sum("mentions")} mentions, ${sum("entities")} entities, ${sum("relations")} relations in ${Math.round(performance.now() - started)} ms`);
  if (values.format === "json") process.stdout.write(JSON.stringify({ pipelineVersion: PIPELINE_VERSION, documents: results }) + "\n");
  return 0;
}

/** Several articles, streamed: progress as it goes, a summary at the end; 1 when any article failed, 130 when stopped. */
async function bulk(paths: string[], opts: { jobs?: number; batch?: number; maxBytes?: number; format: string; overrides: BulkOptionsOverrides }): Promise<number> {
  const jobs = opts.jobs ?? defaultJobs();
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: the open transaction, if any, is rolled back by the server
    stop.abort();
    log("\nstopping: finishing the batch being written (Ctrl-C again to stop at once; a re-run continues from here)");
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);
  const total: { value?: number } = {};
  void countCorpus(paths).then((n) => (total.value = n), () => {});
  log(`ingesting ${paths.map((p) => (p === "-" ? "stdin" : p)).join(", ")} with ${jobs} worker thread(s)`);
  const view = progressView();
  let summary: BulkSummary;
  try {
    summary = await ingestCorpus(readCorpus(paths, { maxBytes: opts.maxBytes }), {
      jobs,
      batchSize: opts.batch,
      overrides: opts.overrides,
      total,
      signal: stop.signal,
      onProgress: (p) => view.update(p),
      onFailure: (origin, message) => view.note(`failed: ${origin}: ${message}`),
    });
  } finally {
    view.stop();
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
  const seconds = summary.durationMs / 1000;
  log(
    `${summary.interrupted ? "stopped" : "done"}: ${summary.done} article(s) in ${formatDuration(seconds)} (${(summary.done / Math.max(seconds, 0.001)).toFixed(1)} articles/s): ` +
      `${summary.written} written (${summary.replaced} replacing an earlier version), ${summary.unchanged} unchanged, ${summary.failed} failed; ` +
      `${summary.sentences} sentences, ${summary.mentions} mentions, ${summary.relations} relations, ${summary.evidence} pieces of evidence`,
  );
  if (summary.failed) {
    log(`failed (${summary.failed}):`);
    for (const f of summary.failures) log(`  ${f.origin}: ${f.message}`);
    if (summary.failed > summary.failures.length) log(`  … and ${summary.failed - summary.failures.length} more (listed above as they happened)`);
  }
  if (summary.interrupted) log("interrupted: run the same command again to continue");
  if (opts.format === "json") process.stdout.write(JSON.stringify({ pipelineVersion: PIPELINE_VERSION, ...summary }) + "\n");
  return summary.interrupted ? 130 : summary.failed ? 1 : 0;
}

type BulkOptionsOverrides = { lang?: Lang; title?: string; source?: string; publishedAt?: string; outlet?: string };

function summaryLine(x: Extraction): string {
  const mentions = x.entities.reduce((n, e) => n + e.mentions.length, 0);
  return `${x.sentences.length} sentences, ${mentions} mentions, ${x.entities.length} entities, ${x.relations.length} relations`;
}

main(process.argv.slice(2))
  .then((code) => (process.exitCode = code))
  .catch((err: unknown) => {
    const usage = err instanceof UsageError || (err instanceof TypeError && String((err as NodeJS.ErrnoException).code).startsWith("ERR_PARSE_ARGS"));
    const message = err instanceof Error ? err.message : String(err);
    log(usage ? `error: ${message}\n${USAGE}` : `error: ${message}`);
    process.exitCode = usage ? 2 : 1;
  })
  .finally(async () => {
    await Promise.allSettled([closeDriver(), closeDb()]);
  });

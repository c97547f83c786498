// Bulk ingest: a stream of corpus items → extraction in worker threads → batched writes, one transaction per batch.
// Idempotent and resumable: each article carries a content hash, so a re-run skips what is already written unchanged.
import os from "node:os";
import { Piscina } from "piscina";
import type { ArticleFields, ArticleRecord } from "../../graph-seed/article-record";
import { contentHash } from "../../graph-seed/content-hash";
import { GAZETTEER } from "../../graph-seed/gazetteer";
import type { Extraction } from "../../graph-seed/types";
import { PIPELINE_VERSION } from "../../graph-seed/version";
import { replayRecords } from "../curation/replay";
import { loadCurationState } from "../curation/state";
import { writeExtractions, type WriteSummary } from "../graph/write";
import { GraphUnavailableError, readTx } from "../neo4j";
import type { CorpusItem } from "./corpus";
import { liftRemovals, recordRuns } from "./ingest";
import type { ExtractResult } from "./extract-worker";

/** Articles written per transaction: large enough that a statement's round trip is shared, small enough to stay light. */
export const DEFAULT_BATCH = 25;
/** Items whose earlier version is looked up in one read. */
const LOOKUP_CHUNK = 64;
/** Old-generation heap of each worker thread, MB. */
const WORKER_HEAP_MB = 256;
/** Failures listed by name in the summary; past it they are only counted (the log has each one). */
const FAILURES_KEPT = 200;

export interface BulkProgress {
  /** Articles finished: written, unchanged or failed. */
  done: number;
  written: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Known once the corpus has been counted (never for stdin). */
  total?: number;
}

export interface BulkSummary extends BulkProgress {
  sentences: number;
  mentions: number;
  relations: number;
  evidence: number;
  durationMs: number;
  failures: { origin: string; message: string }[];
  /** True when the run was stopped (SIGINT) before the end of the corpus. */
  interrupted: boolean;
}

export interface BulkOptions {
  /** Worker threads extracting (default: the number of cores). */
  jobs?: number;
  batchSize?: number;
  /** Fields that override each article's own (the CLI's --title, --lang … for a single file). */
  overrides?: ArticleFields;
  onProgress?: (p: BulkProgress) => void;
  /** The corpus's size, filled in when known (counted while the ingest runs). */
  total?: { value?: number };
  onFailure?: (origin: string, message: string) => void;
  /** Aborting stops reading: the batch being written is finished, extractions under way are dropped. */
  signal?: AbortSignal;
}

interface Work {
  item: CorpusItem;
  record: ArticleRecord;
  hash: string;
  existing: boolean;
}

interface Extracted extends Work {
  x: Extraction;
  startedAt: Date;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

/** The earlier version of each key, when there is one: its content hash. */
async function earlierVersions(keys: string[]): Promise<Map<string, string | null>> {
  if (!keys.length) return new Map();
  return readTx(async (tx) => {
    const res = await tx.run("UNWIND $keys AS key MATCH (d:Document {ingestKey: key}) RETURN key, d.contentHash AS hash", { keys });
    return new Map(res.records.map((r) => [r.get("key") as string, (r.get("hash") as string | null) ?? null]));
  });
}

export async function ingestCorpus(items: AsyncIterable<CorpusItem>, opts: BulkOptions = {}): Promise<BulkSummary> {
  const t0 = performance.now();
  const jobs = Math.max(1, opts.jobs ?? defaultJobs());
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const curation = await loadCurationState();
  const pool = new Piscina<ArticleRecord, ExtractResult>({
    filename: new URL("./extract-worker-boot.mjs", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    // A worker's live set is the gazetteer and one article; a bounded heap makes V8 collect instead of growing with
    // the corpus (the peak memory of 10,000 articles stays that of 1,000: bench/results/ingest.json).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // The built-in gazetteer is not sent: each worker builds its matcher from its own copy.
    workerData: { gazetteer: curation.gazetteer === GAZETTEER ? undefined : curation.gazetteer },
  });
  const s: BulkSummary = { done: 0, written: 0, replaced: 0, unchanged: 0, failed: 0, sentences: 0, mentions: 0, relations: 0, evidence: 0, durationMs: 0, failures: [], interrupted: false };
  const progress = () => opts.onProgress?.({ done: s.done, written: s.written, replaced: s.replaced, unchanged: s.unchanged, failed: s.failed, total: opts.total?.value });
  const fail = (origin: string, message: string) => {
    s.failed++;
    s.done++;
    if (s.failures.length < FAILURES_KEPT) s.failures.push({ origin, message });
    opts.onFailure?.(origin, message);
    progress();
  };

  const pending: (Work & { result: Promise<ExtractResult>; startedAt: Date })[] = [];
  let batch: Extracted[] = [];
  let writing: Promise<void> = Promise.resolve();
  const maxPending = jobs * 4;

  const writeBatch = async (b: Extracted[]) => {
    let summaries: WriteSummary[];
    try {
      summaries = await writeExtractions(
        b.map((e) => ({ x: e.x, documentExtra: { ingestKey: e.item.key, contentHash: e.hash, ...(e.record.outlet ? { outlet: e.record.outlet } : {}) } })),
        PIPELINE_VERSION,
        { afterWrite: async (tx) => void (await replayRecords(tx, curation.records)) },
      );
    } catch (err) {
      if (err instanceof GraphUnavailableError || b.length === 1) {
        if (err instanceof GraphUnavailableError) throw err;
        fail(b[0]!.item.origin, `not written: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      // One bad article must not cost the batch: each is written alone, and only the bad one fails.
      for (const e of b) await writeBatch([e]);
      return;
    }
    for (const [i, summary] of summaries.entries()) {
      const e = b[i]!;
      s.done++;
      s.written++;
      if (e.existing) s.replaced++;
      s.sentences += summary.sentences;
      s.mentions += summary.mentions;
      s.relations += summary.relations;
      s.evidence += summary.evidence;
    }
    await recordRuns(summaries.map((summary, i) => ({ ...summary, status: "ok", startedAt: b[i]!.startedAt, durationMs: Date.now() - b[i]!.startedAt.getTime() })));
    // Adding a deleted document again on purpose lifts the deletion, as a single ingest does.
    for (const e of b) await liftRemovals(curation.records, e.x.document.id);
    progress();
  };

  const flush = async () => {
    if (!batch.length) return;
    const b = batch;
    batch = [];
    await writing; // one write at a time; a failed one has already thrown
    writing = writeBatch(b);
    writing.catch(() => {}); // awaited at the next flush or at the end
  };

  const takeOne = async () => {
    const w = pending.shift()!;
    const result = await w.result;
    if ("error" in result) return fail(w.item.origin, `extraction failed: ${result.error}`);
    if (batch.some((e) => e.x.document.id === result.extraction.document.id)) await flush();
    batch.push({ ...w, x: result.extraction });
    if (batch.length >= batchSize) await flush();
  };

  const dispatch = async (chunk: CorpusItem[]) => {
    const good: Work[] = [];
    for (const item of chunk) {
      if (item.error || !item.record) {
        fail(item.origin, item.error ?? "unreadable");
        continue;
      }
      const record = { ...item.record, ...definedFields(opts.overrides) };
      good.push({ item, record, hash: contentHash(record, PIPELINE_VERSION), existing: false });
    }
    const earlier = await earlierVersions([...new Set(good.map((w) => w.item.key))]);
    for (const w of good) {
      const hash = earlier.get(w.item.key);
      if (hash === w.hash) {
        s.done++;
        s.unchanged++;
        progress();
        continue;
      }
      w.existing = hash !== undefined;
      const result = pool.run(w.record);
      result.catch(() => {}); // dropped when the run is stopped
      pending.push({ ...w, result, startedAt: new Date() });
      while (pending.length > maxPending) await takeOne();
    }
  };

  try {
    let chunk: CorpusItem[] = [];
    for await (const item of items) {
      if (opts.signal?.aborted) break;
      chunk.push(item);
      if (chunk.length >= LOOKUP_CHUNK) {
        await dispatch(chunk);
        chunk = [];
      }
    }
    if (!opts.signal?.aborted) await dispatch(chunk);
    while (pending.length && !opts.signal?.aborted) await takeOne();
    if (!opts.signal?.aborted) await flush();
    await writing;
  } finally {
    s.interrupted = opts.signal?.aborted ?? false;
    await pool.destroy().catch(() => {});
  }
  s.durationMs = Math.round(performance.now() - t0);
  s.total = opts.total?.value;
  return s;
}

function definedFields(fields: ArticleFields | undefined): ArticleFields {
  return Object.fromEntries(Object.entries(fields ?? {}).filter(([, v]) => v !== undefined));
}

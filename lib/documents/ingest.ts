// Runs the pipeline for one article and records the run: decode → extract (with the curated gazetteer) → write, with
// every curation record re-applied in the same transaction → IngestRun row.
import { getDb } from "../db";
import { setUndone } from "../curation/records";
import type { CurationRecord } from "../curation/types";
import { replayRecords } from "../curation/replay";
import { serially } from "../curation/serial";
import { loadCurationState } from "../curation/state";
import { prepare, type PrepareOptions } from "../../graph-seed/prepare";
import { ArticleError, DEFAULT_MAX_BYTES } from "../../graph-seed/read-article";
import type { Extraction, Lang } from "../../graph-seed/types";
import { PIPELINE_VERSION } from "../../graph-seed/version";
import { writeExtraction, type WriteSummary } from "../graph/write";

export interface WriteIngestOptions extends IngestOptions {
  /** A re-seed of the bundled articles: a document a person deleted or replaced stays out. */
  reseed?: boolean;
  /** Documents removed in the same transaction (the version this text replaces). */
  remove?: string[];
  documentExtra?: Record<string, string | number>;
  /** Runs after extraction, before anything is written; throwing stops the ingest. */
  beforeWrite?: (x: Extraction) => Promise<void>;
}

export { ArticleError, DEFAULT_MAX_BYTES, prepare };
export type IngestOptions = PrepareOptions;

/** Extracts and writes one article, recording the run in SQLite (a failed SQLite write never undoes the graph). */
export interface IngestSummary extends WriteSummary {
  durationMs: number;
  title: string;
  lang: Lang;
  /** The most mentioned entities, for a "see it in the graph" link. */
  top: { id: string; name: string; mentions: number }[];
  /** Set when a re-seed left the document out: the curation record that deleted or replaced it. */
  skipped?: { record: number };
}

/**
 * Extracts an article and writes it with every correction in force. Runs in the curation queue (lib/curation/serial.ts):
 * a correction made between reading the corrections and writing would otherwise be overwritten by the write.
 */
export function ingest(bytes: Uint8Array | string, opts: WriteIngestOptions = {}): Promise<IngestSummary> {
  return serially(() => ingestNow(bytes, opts));
}

async function ingestNow(bytes: Uint8Array | string, opts: WriteIngestOptions): Promise<IngestSummary> {
  const started = new Date();
  const t0 = performance.now();
  // Corrections first: without them the write would bring back what a person removed (so no store, no ingest).
  const curation = await loadCurationState();
  const x = prepare(bytes, { ...opts, gazetteer: curation.gazetteer });
  const removedBy = curation.removed.get(x.document.id);
  if (removedBy !== undefined && opts.reseed) {
    opts.progress?.(`skip: document ${x.document.id} was deleted or replaced (curation #${removedBy})`);
    const empty = { documentId: x.document.id, sentences: 0, mentions: 0, entities: 0, relations: 0, evidence: 0 };
    return { ...empty, durationMs: Math.round(performance.now() - t0), title: x.document.title, lang: x.document.lang, top: [], skipped: { record: removedBy } };
  }
  await opts.beforeWrite?.(x);
  let summary: WriteSummary;
  try {
    summary = await writeExtraction(x, PIPELINE_VERSION, {
      remove: opts.remove,
      documentExtra: opts.documentExtra,
      afterWrite: async (tx) => {
        const { pending } = await replayRecords(tx, curation.records);
        if (curation.records.length) opts.progress?.(`curation: ${curation.records.length - pending} of ${curation.records.length} record(s) applied`);
      },
    });
  } catch (err) {
    await recordRuns([{ documentId: x.document.id, status: "error", startedAt: started, durationMs: performance.now() - t0, message: err instanceof Error ? err.message : String(err) }]);
    throw err;
  }
  const durationMs = Math.round(performance.now() - t0);
  opts.progress?.(`write: document ${summary.documentId}, ${summary.evidence} pieces of evidence, in one transaction (${durationMs} ms in all)`);
  await recordRuns([{ ...summary, status: "ok", startedAt: started, durationMs }]);
  await liftRemovals(curation.records, x.document.id);
  const top = [...x.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map((e) => ({ id: e.id, name: e.name, mentions: e.mentions.length }));
  return { ...summary, durationMs, title: x.document.title, lang: x.document.lang, top };
}

/** Adding a deleted (or replaced) document again on purpose lifts the deletion: every record in force that removed it. */
export async function liftRemovals(records: CurationRecord[], documentId: string) {
  for (const r of records)
    if ((r.kind === "delete-document" || r.kind === "replace-document") && r.target === documentId)
      await setUndone(r.id, new Date()).catch((err: unknown) => console.error(`warning: could not lift curation #${r.id}: ${err instanceof Error ? err.message : err}`));
}

export type IngestRun = Partial<WriteSummary> & { documentId: string; status: string; startedAt: Date; durationMs: number; message?: string };

/** Each run in the SQLite history (the documents page's "last ingested"); a failure here is a warning, never the ingest's. */
export async function recordRuns(runs: IngestRun[]) {
  try {
    await getDb().ingestRun.createMany({
      data: runs.map((run) => ({
        documentId: run.documentId,
        pipelineVersion: PIPELINE_VERSION,
        status: run.status,
        sentences: run.sentences ?? 0,
        mentions: run.mentions ?? 0,
        entities: run.entities ?? 0,
        relations: run.relations ?? 0,
        durationMs: Math.round(run.durationMs),
        message: run.message ?? null,
        startedAt: run.startedAt,
      })),
    });
  } catch (err) {
    console.error(`warning: could not record the ingest run${runs.length === 1 ? "" : "s"} in SQLite: ${err instanceof Error ? err.message : err}`);
  }
}

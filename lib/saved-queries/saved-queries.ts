// Saved queries kept with Prisma: list, read, create, update, delete, run (recording each run), and the starter library.
import "server-only";
import neo4j from "neo4j-driver";
import { z } from "zod";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { ConflictError, NotFoundError } from "../errors";
import { assertNoMissing, bindParams, paramDef, type ParamDef } from "./parameters";
import { assertTextAllowed, cypherHash, QueryCancelledError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError, runReadOnly, type QueryResult } from "./run-cypher";
import { PREVIOUS_STARTER_CYPHER, PREVIOUS_STARTER_PARAMETERS, STARTER_QUERIES } from "./starter-queries";

export const savedQueryInput = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a lowercase slug such as my-query"),
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).default(""),
    cypher: z.string().trim().min(1, "cypher is empty").max(20_000),
    parameters: z.array(paramDef).max(20).default([]),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  })
  .strict();

export type SavedQueryInput = z.infer<typeof savedQueryInput>;

export interface SavedQueryView extends SavedQueryInput {
  id: string;
  starter: boolean;
  createdAt: string;
  updatedAt: string;
}

export { ConflictError };

type Row = Awaited<ReturnType<ReturnType<typeof getDb>["savedQuery"]["findFirstOrThrow"]>>;

function view(row: Row): SavedQueryView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    cypher: row.cypher,
    parameters: JSON.parse(row.parameters) as ParamDef[],
    tags: JSON.parse(row.tags) as string[],
    starter: row.starter,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Brings starters nobody edited up to date (their Cypher is a previous version of ours); returns how many. */
async function upgradeStarterQueries(): Promise<number> {
  const db = getDb();
  let upgraded = 0;
  for (const q of STARTER_QUERIES) {
    const previous = PREVIOUS_STARTER_CYPHER[q.slug] ?? [];
    const previousParameters = PREVIOUS_STARTER_PARAMETERS[q.slug] ?? [];
    if (!previous.length && !previousParameters.length) continue;
    const row = await db.savedQuery.findUnique({ where: { slug: q.slug } });
    if (!row?.starter) continue;
    if (!previous.includes(row.cypher) && !(row.cypher === q.cypher && previousParameters.includes(row.parameters))) continue;
    await db.savedQuery.update({ where: { id: row.id }, data: { cypher: q.cypher, parameters: JSON.stringify(q.parameters), description: q.description } });
    upgraded++;
  }
  if (upgraded) forget();
  return upgraded;
}

/** Installs the starter library when none of it is there (a fresh database); never duplicates. */
export async function installStarterQueries(): Promise<number> {
  const db = getDb();
  await upgradeStarterQueries();
  if ((await db.savedQuery.count({ where: { starter: true } })) > 0) return 0;
  let added = 0;
  for (const q of STARTER_QUERIES) {
    const existing = await db.savedQuery.findUnique({ where: { slug: q.slug } });
    if (existing) continue;
    await db.savedQuery.create({ data: { ...q, parameters: JSON.stringify(q.parameters), tags: JSON.stringify(q.tags), starter: true } });
    added++;
  }
  return added;
}

export async function listQueries(search?: string): Promise<SavedQueryView[]> {
  const rows = await getDb().savedQuery.findMany({ orderBy: [{ starter: "desc" }, { name: "asc" }] });
  const needle = search?.trim().toLowerCase();
  return rows.map(view).filter((q) => !needle || [q.name, q.description, q.slug, ...q.tags].some((s) => s.toLowerCase().includes(needle)));
}

// Saved queries change only through this module (one server process), so runs can skip the SQLite read.
const cache = new Map<string, SavedQueryView>();
const forget = () => cache.clear();

// Ids (cuid) and slugs are both lowercase letters, digits and hyphens: anything else names no query.
const ID_OR_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export async function getQuery(idOrSlug: string): Promise<SavedQueryView> {
  const cached = cache.get(idOrSlug);
  if (cached) return cached;
  if (!ID_OR_SLUG.test(idOrSlug)) throw new NotFoundError(`no saved query "${idOrSlug}"`);
  const row = await getDb().savedQuery.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!row) throw new NotFoundError(`no saved query "${idOrSlug}"`);
  const q = view(row);
  cache.set(q.id, q);
  cache.set(q.slug, q);
  return q;
}

export async function createQuery(input: SavedQueryInput): Promise<SavedQueryView> {
  const db = getDb();
  if (await db.savedQuery.findUnique({ where: { slug: input.slug } })) throw new ConflictError(`a query with the slug "${input.slug}" exists`);
  const row = await db.savedQuery.create({ data: { ...input, parameters: JSON.stringify(input.parameters), tags: JSON.stringify(input.tags) } });
  forget();
  return view(row);
}

export async function updateQuery(idOrSlug: string, input: SavedQueryInput): Promise<SavedQueryView> {
  const current = await getQuery(idOrSlug);
  const db = getDb();
  if (input.slug !== current.slug && (await db.savedQuery.findUnique({ where: { slug: input.slug } }))) throw new ConflictError(`a query with the slug "${input.slug}" exists`);
  const row = await db.savedQuery.update({ where: { id: current.id }, data: { ...input, parameters: JSON.stringify(input.parameters), tags: JSON.stringify(input.tags) } });
  forget();
  return view(row);
}

export async function deleteQuery(idOrSlug: string): Promise<void> {
  const current = await getQuery(idOrSlug);
  // Queued run records of this query go first (the delete then cascades to them): written after it, they would
  // break the foreign key and take the rest of their batch down with them.
  await flushRuns();
  await getDb().savedQuery.delete({ where: { id: current.id } });
  forget();
}

function statusOf(err: unknown) {
  return err instanceof QueryTimeoutError ? "timeout" : err instanceof QueryRefusedError ? "refused" : err instanceof QueryCancelledError ? "cancelled" : "error";
}

let pending: Prisma.QueryRunCreateManyInput[] = [];
let flushing: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
// Run records are written at most once a second (or sooner once RUN_BATCH_MAX wait): each write is a SQLite
// transaction on the server's event loop (docs/decisions.md says what it cost). Reading the history (listRuns) writes
// what is queued first, so it is never behind.
const RUN_FLUSH_MS = 1_000;
const RUN_BATCH_MAX = 200;

/** Writes queued run records in one batch; a failure to record is logged, never returned. */
export function flushRuns(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  // Records queued while a batch is being written go in the next one.
  if (flushing) return flushing.then(() => (pending.length ? flushRuns() : undefined));
  flushing = (async () => {
    while (pending.length) {
      const batch = pending;
      pending = [];
      await getDb()
        .queryRun.createMany({ data: batch })
        .catch(async () => {
          // One bad record (its query deleted by another process meanwhile) must not lose the others: one by one.
          for (const row of batch) {
            await getDb()
              .queryRun.create({ data: row })
              .catch((err: unknown) => console.error(`could not record a query run: ${err instanceof Error ? err.message.split("\n").filter(Boolean).at(-1) : err}`));
          }
        });
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

/** Queues a run record; it is written in the background, off the response path, in batches. */
function record(queryId: string | null, cypher: string, params: unknown, started: Date, outcome: { result?: QueryResult; error?: unknown }) {
  pending.push({
    queryId,
    cypherHash: cypherHash(cypher),
    parameters: JSON.stringify(params ?? {}),
    startedAt: started,
    durationMs: outcome.result?.summary.durationMs ?? Math.round(Date.now() - started.getTime()),
    rowCount: outcome.result?.summary.rowCount ?? 0,
    status: outcome.error ? statusOf(outcome.error) : "ok",
    message: outcome.error instanceof Error ? outcome.error.message.slice(0, 2_000) : null,
  });
  if (pending.length >= RUN_BATCH_MAX) void flushRuns();
  else timer ??= setTimeout(() => void flushRuns(), RUN_FLUSH_MS);
}

/**
 * Checks, then runs: what the text alone refuses, then a value for every `$name` the text uses (both before Neo4j is
 * asked), then EXPLAIN's verdict, then the run.
 */
async function execute(queryId: string | null, cypher: string, defs: ParamDef[] | null, supplied: unknown, signal?: AbortSignal): Promise<QueryResult> {
  const started = new Date();
  try {
    assertTextAllowed(cypher);
    const params = defs ? bindParams(defs, supplied) : ((supplied as Record<string, unknown>) ?? {});
    assertNoMissing(cypher, Object.keys(params));
    const result = await runReadOnly(cypher, params, { signal });
    record(queryId, cypher, supplied, started, { result });
    return result;
  } catch (err) {
    if (err instanceof QueryRefusedError || err instanceof QueryTimeoutError || err instanceof QuerySyntaxError || err instanceof QueryCancelledError) record(queryId, cypher, supplied, started, { error: err });
    throw err;
  }
}

export async function runSavedQuery(idOrSlug: string, params: unknown, signal?: AbortSignal): Promise<QueryResult> {
  const q = await getQuery(idOrSlug);
  return execute(q.id, q.cypher, q.parameters, params, signal);
}

export const adhocInput = z
  .object({
    cypher: z.string().trim().min(1, "cypher is empty").max(20_000),
    params: z.record(z.string(), z.unknown()).default({}),
    /** Typed parameters, as the workbench declares them for text not saved yet: values are then checked by type. */
    parameters: z.array(paramDef).max(20).optional(),
  })
  .strict();

/**
 * Ad-hoc Cypher. With declared `parameters`, values are checked by type as a saved query's are; without, they come as
 * JSON: whole numbers become Neo4j integers (so `LIMIT $n` works), the rest stays as given.
 */
export async function runAdhoc(cypher: string, params: Record<string, unknown>, parameters?: ParamDef[], signal?: AbortSignal): Promise<QueryResult> {
  if (parameters) return execute(null, cypher, parameters, params, signal);
  const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v]));
  return execute(null, cypher, null, typed, signal);
}

export async function listRuns(idOrSlug: string, take = 50) {
  const q = await getQuery(idOrSlug);
  await flushRuns();
  const rows = await getDb().queryRun.findMany({ where: { queryId: q.id }, orderBy: { startedAt: "desc" }, take });
  return rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), parameters: JSON.parse(r.parameters) as unknown }));
}

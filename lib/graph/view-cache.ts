// Graph views computed once per graph revision and shared until the graph changes (decisions.md, "Graph views are
// cached per graph revision").
import "server-only";
import type { ManagedTransaction, Session } from "neo4j-driver";
import { READ_TIMEOUT_MS, readSession, readTx } from "../neo4j";

// The revision is the bookmark Neo4j gives a read: it names the last transaction the server committed, so a write by
// anyone — this process, the seed CLI, another app, Neo4j Browser — starts a new revision, and nothing here has to be
// told of writes. Reading it is one round trip (an auto-commit `RETURN 1`) and no db hit.
const REVISION_PROBE = "RETURN 1";
/** Views kept at most; the least recently used goes first. */
export const VIEW_CACHE_ENTRIES = 200;
/** Nodes and edges kept at most over all views (~150 bytes each: ~30 MB); the least recently used go first. */
export const VIEW_CACHE_ITEMS = 200_000;
/** A view of more than this many nodes and edges is read every time: it is rare, and would crowd out the rest. */
export const VIEW_CACHE_MAX_ITEMS = 20_000;

interface CacheState {
  revision: string | null;
  entries: Map<string, { view: unknown; items: number }>;
  items: number;
  pending: Map<string, Promise<unknown>>;
  stats: { hits: number; misses: number; uncachable: number };
}
// On globalThis, like the driver: dev hot reload keeps one cache rather than one per reloaded module.
const globalForCache = globalThis as unknown as { sanadViewCache?: CacheState };
const state: CacheState = (globalForCache.sanadViewCache ??= { revision: null, entries: new Map(), items: 0, pending: new Map(), stats: { hits: 0, misses: 0, uncachable: 0 } });

/** False when SANAD_GRAPH_CACHE=off: every view is then read from Neo4j (the load bench's uncached figures). */
export function viewCacheEnabled(): boolean {
  return process.env.SANAD_GRAPH_CACHE !== "off";
}

/** Hits, misses and views too large or too contended to keep, since the process started (tests, diagnostics). */
export function viewCacheStats(): Readonly<CacheState["stats"]> & { entries: number; items: number } {
  return { ...state.stats, entries: state.entries.size, items: state.items };
}

function keep(key: string, view: unknown, items: number) {
  const previous = state.entries.get(key);
  if (previous) {
    state.entries.delete(key);
    state.items -= previous.items;
  }
  state.entries.set(key, { view, items });
  state.items += items;
  while (state.entries.size > VIEW_CACHE_ENTRIES || state.items > VIEW_CACHE_ITEMS) {
    const [oldest, entry] = state.entries.entries().next().value!;
    state.entries.delete(oldest);
    state.items -= entry.items;
  }
}

async function revisionOf(session: Session, timeoutMs: number): Promise<string | null> {
  await session.run(REVISION_PROBE, {}, { timeout: timeoutMs });
  return session.lastBookmarks()[0] ?? null;
}

/**
 * The view `key` at the graph's current revision: kept from an earlier call when the graph has not changed since,
 * else read by `compute` in one read transaction. A view is kept only when no write committed while it was read
 * (the bookmark after is the bookmark before), so a kept view is exactly the graph at its revision. Concurrent
 * callers of one key at one revision share one read. Kept views are shared: callers must not change them.
 */
export async function cachedView<T>(key: string, compute: (tx: ManagedTransaction) => Promise<T>, size: (view: T) => number): Promise<T> {
  if (!viewCacheEnabled()) return readTx(compute);
  const timeoutMs = READ_TIMEOUT_MS;
  return readSession(async (session) => {
    const revision = await revisionOf(session, timeoutMs);
    if (revision === null) return session.executeRead(compute, { timeout: timeoutMs });
    if (revision !== state.revision) {
      state.revision = revision;
      state.entries.clear();
      state.items = 0;
      state.pending.clear();
    }
    const entry = state.entries.get(key);
    if (entry) {
      // Map order is the eviction order: a view just used moves to the back.
      state.entries.delete(key);
      state.entries.set(key, entry);
      state.stats.hits++;
      return entry.view as T;
    }
    const flight = `${revision}\u0000${key}`;
    const shared = state.pending.get(flight) as Promise<T> | undefined;
    if (shared) {
      state.stats.hits++;
      return shared;
    }
    state.stats.misses++;
    const reading = session.executeRead(compute, { timeout: timeoutMs }).then((view) => {
      const unchanged = session.lastBookmarks()[0] === revision && state.revision === revision;
      const items = size(view);
      if (unchanged && items <= VIEW_CACHE_MAX_ITEMS) keep(key, view, items);
      else state.stats.uncachable++;
      return view;
    });
    state.pending.set(flight, reading);
    try {
      return await reading;
    } finally {
      if (state.pending.get(flight) === reading) state.pending.delete(flight);
    }
  });
}

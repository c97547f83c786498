// The duplicate review: suggestions from the graph's names and facts less what people dismissed; accepting is a
// curation merge (undone and replayed like any other), dismissing is remembered in SQLite.
import "server-only";
import { getDb } from "../db";
import { ConflictError, NotFoundError, StoreUnavailableError } from "../errors";
import { curate } from "../curation/service";
import type { CurationRecord } from "../curation/types";
import { missingEntities, readDuplicateCandidates, readPairFacts } from "../graph/duplicate-reads";
import { cachedView } from "../graph/view-cache";
import { type DuplicateEvidence, type DuplicateSuggestion, MIN_SCORE, pairKey, scoreOf, suggestDuplicates, WEIGHTS } from "./suggest";

async function store<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ConflictError) throw err;
    throw new StoreUnavailableError(`the duplicate review store (SQLite) cannot be used: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}`);
  }
}

/** The graph's evidence about a pair: shared roles speak for it, being named side by side against it. */
function factEvidence(facts: { together: number; roles: string[] } | undefined): DuplicateEvidence[] {
  if (!facts) return [];
  const out: DuplicateEvidence[] = [];
  if (facts.roles.length) out.push({ reason: "same-role", detail: `both: ${facts.roles.join("; ")}`, weight: Math.min(WEIGHTS.roleMax, WEIGHTS.roleEach * facts.roles.length) });
  if (facts.together > 0) out.push({ reason: "side-by-side", detail: "named side by side in one sentence, as two", weight: -WEIGHTS.sideBySide });
  return out;
}

export interface DuplicatePage {
  suggestions: DuplicateSuggestion[];
  /** How many suggestions there are in all (before `limit`). */
  total: number;
}

/**
 * Every suggestion at or above `minScore`, best first, dismissed ones included: computed once per graph revision
 * (lib/graph/view-cache.ts), since scoring every name against every other takes seconds on a large graph.
 */
function scoredSuggestions(minScore: number, type?: string): Promise<DuplicateSuggestion[]> {
  return cachedView(
    `duplicates\u0000${type ?? ""}\u0000${minScore}`,
    async (tx) => {
      const entities = await readDuplicateCandidates(tx);
      const pool = type ? entities.filter((e) => e.type === type) : entities;
      // Names first (every pair that could reach the bar once the graph's facts are in), then the facts of those pairs.
      const named = suggestDuplicates(pool, { minScore: minScore - WEIGHTS.roleMax });
      const facts = await readPairFacts(tx, named.map((s) => [s.into.id, s.source.id]));
      return named
        .map((s) => {
          const evidence = [...s.evidence, ...factEvidence(facts.get(`${s.into.id}|${s.source.id}`))];
          return { ...s, evidence, score: scoreOf(evidence) };
        })
        .filter((s) => s.score >= minScore)
        .sort((x, y) => y.score - x.score || pairKey(x.into.id, x.source.id).localeCompare(pairKey(y.into.id, y.source.id)));
    },
    (suggestions) => suggestions.length,
  );
}

/** Suggested duplicate pairs, best first, at most `limit`, none that was dismissed. */
export async function listDuplicates(opts: { limit?: number; minScore?: number; type?: string } = {}): Promise<DuplicatePage> {
  const [all, dismissed] = await Promise.all([scoredSuggestions(opts.minScore ?? MIN_SCORE, opts.type), store(() => getDb().duplicateDismissal.findMany({ select: { pair: true } }))]);
  const skip = new Set(dismissed.map((d) => d.pair));
  const suggestions = all.filter((s) => !skip.has(pairKey(s.into.id, s.source.id)));
  return { suggestions: suggestions.slice(0, opts.limit ?? 50), total: suggestions.length };
}

/** Accepts a suggestion: `source` is merged into `into` as a curation record (undo it through the curation history). */
export async function acceptDuplicate(into: string, source: string, reason?: string): Promise<CurationRecord> {
  return curate({ kind: "merge", source, into, reason: reason ?? "accepted as a duplicate in the duplicate review" });
}

/** Dismisses a pair for good: it is never suggested again (409 if it already was dismissed). */
export async function dismissDuplicate(a: string, b: string, reason?: string): Promise<{ pair: string; createdAt: string }> {
  if (a === b) throw new ConflictError("a pair needs two different entities");
  const missing = await missingEntities([a, b]);
  if (missing.length) throw new NotFoundError(`no entity with id "${missing[0]}"`);
  const pair = pairKey(a, b);
  const existing = await store(() => getDb().duplicateDismissal.findUnique({ where: { pair } }));
  if (existing) throw new ConflictError(`the pair ${pair} was dismissed already`);
  const row = await store(() => getDb().duplicateDismissal.create({ data: { pair, reason: reason ?? null } }));
  return { pair: row.pair, createdAt: row.createdAt.toISOString() };
}

/** Every dismissed pair, newest first. */
export async function listDismissals(): Promise<{ pair: string; reason: string | null; createdAt: string }[]> {
  const rows = await store(() => getDb().duplicateDismissal.findMany({ orderBy: { id: "desc" } }));
  return rows.map((r) => ({ pair: r.pair, reason: r.reason, createdAt: r.createdAt.toISOString() }));
}

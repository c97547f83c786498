// Likely duplicate entities, from their names alone: candidate pairs found through shared keys (blocking, so a 100,000-
// entity graph is never compared pair by pair), each scored on its evidence. Pure: the graph's facts come in as data.
import { distance } from "fastest-levenshtein";
import { normalizeText } from "../../graph-seed/normalize-arabic";
import type { EntityNames } from "../types";
import { nameSkeleton, scriptOf, skeletonSimilarity } from "./name-skeleton";

export interface DuplicateCandidate extends EntityNames {
  /** How many relations the entity has: the better-known one of a pair is the one to keep. */
  degree: number;
}

export type DuplicateReason = "wikidata" | "alias" | "transliteration" | "near-identical" | "initials" | "same-role" | "side-by-side";

export interface DuplicateEvidence {
  reason: DuplicateReason;
  /** One line for people: what the two share. */
  detail: string;
  /** What this evidence alone makes of the pair, 0..1 (negative for evidence against). */
  weight: number;
}

export interface DuplicateSuggestion {
  /** The pair, the one to keep (`into`) first. */
  into: DuplicateCandidate;
  source: DuplicateCandidate;
  score: number;
  evidence: DuplicateEvidence[];
}

/** What the evidence weighs: one kind alone suggests a pair at its weight; several combine (noisy-or). */
export const WEIGHTS = { wikidata: 0.97, alias: 0.9, transliteration: 0.85, shortTransliteration: 0.5, "near-identical": 0.8, initials: 0.8, roleEach: 0.1, roleMax: 0.3, sideBySide: 0.5 } as const;
/** Suggestions below this score are not shown. */
export const MIN_SCORE = 0.75;
/** A key shared by more entities than this says nothing (a common first name, a frequent skeleton). */
const BLOCK_MAX = 40;
const SKELETON_MIN = 0.8;
/** Consonants a skeleton needs before a full agreement is taken for the same name (fewer only hint). */
const SKELETON_SURE_LENGTH = 5;
/** Consonants a skeleton needs before a near agreement counts at all. */
const SKELETON_FUZZY_LENGTH = 6;
/** Letters a name needs before one letter's difference is taken for a typo. */
const NEAR_LENGTH = 9;
/** Letters the word a typo is in needs. */
const TYPO_WORD_LENGTH = 7;

/** A name for matching: normalised (Arabic folded, accents and case gone), punctuation as spaces, one space between words. */
export const matchName = (s: string) => normalizeText(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const compact = (s: string) => matchName(s).replace(/ /g, "");

function namesOf(e: DuplicateCandidate): string[] {
  return [...new Set([e.name, ...(e.nameAr ? [e.nameAr] : []), ...e.aliases].filter((n) => n.trim().length > 0))];
}

/** "V. Putin" for "Vladimir Putin": the first word one letter, the last the same (people only). */
function initialsKey(name: string): string | null {
  const words = matchName(name).split(" ");
  if (words.length < 2 || scriptOf(name) !== "latin") return null;
  return `${words[0]![0]} ${words.at(-1)}`;
}

/** Keys an entity is found under; two entities sharing one become a candidate pair. */
function keysOf(e: DuplicateCandidate): string[] {
  const keys = new Set<string>();
  if (e.wikidata) keys.add(`w:${e.wikidata}`);
  for (const n of namesOf(e)) {
    const m = matchName(n);
    if (!m) continue;
    keys.add(`n:${e.type}:${m}`);
    const sk = nameSkeleton(n);
    if (sk.length >= 3) keys.add(`s:${e.type}:${sk}`);
    // A skeleton off by one consonant still meets: each skeleton also files under itself less its last class.
    if (sk.length >= 5) keys.add(`s:${e.type}:${sk.slice(0, -1)}`);
    const c = compact(n);
    // One edit apart: both are filed under the name less one letter (SymSpell's deletions).
    if (c.length >= 6 && c.length <= 40) for (let i = 0; i < c.length; i++) keys.add(`d:${e.type}:${c.slice(0, i)}${c.slice(i + 1)}`);
    if (c.length >= 6 && c.length <= 40) keys.add(`d:${e.type}:${c}`);
    if (e.type === "person") {
      const ik = initialsKey(n);
      if (ik) keys.add(`i:${ik}`);
    }
  }
  return [...keys];
}

/**
 * Whether two names one edit apart differ inside a long word ("Institute", "Insitute"), where a slip of the hand is
 * likely, rather than in a short one ("Anka", "Anja"; "Ri", "Ro"), where one letter makes another name.
 */
function typoInLongWord(x: string, y: string): boolean {
  const wx = matchName(x).split(" ");
  const wy = matchName(y).split(" ");
  if (wx.length !== wy.length) return false;
  const differing = wx.map((w, i) => [w, wy[i]!] as const).filter(([p, q]) => p !== q);
  return differing.length === 1 && Math.max(differing[0]![0].length, differing[0]![1].length) >= TYPO_WORD_LENGTH;
}

/** Name evidence that two entities are one: what they share, each with its weight. */
export function nameEvidence(a: DuplicateCandidate, b: DuplicateCandidate): DuplicateEvidence[] {
  const out: DuplicateEvidence[] = [];
  if (a.wikidata && b.wikidata) {
    if (a.wikidata === b.wikidata) out.push({ reason: "wikidata", detail: `both are Wikidata ${a.wikidata}`, weight: WEIGHTS.wikidata });
    // Two different Wikidata ids: known to be two things, whatever the names say.
    else return [];
  }
  if (a.type !== b.type) return out;
  const an = namesOf(a);
  const bn = namesOf(b);
  const bMatch = new Map(bn.map((n) => [matchName(n), n]));
  const shared = an.find((n) => bMatch.has(matchName(n)));
  if (shared) out.push({ reason: "alias", detail: `both are called “${shared}”`, weight: WEIGHTS.alias });
  let best: { s: number; x: string; y: string; length: number } | null = null;
  let near: { x: string; y: string } | null = null;
  let initials: { x: string; y: string } | null = null;
  // Across scripts only the names proper are compared: long official forms ("جمهورية غينيا", "Jamhuri ya Kenya")
  // share their generic words and would make neighbours of any two republics.
  const proper = (e: DuplicateCandidate) => [e.name, ...(e.nameAr ? [e.nameAr] : [])];
  for (const x of proper(a))
    for (const y of proper(b)) {
      const sx = scriptOf(x);
      const sy = scriptOf(y);
      if (sx === sy || sx === "other" || sy === "other") continue;
      const kx = nameSkeleton(x);
      const ky = nameSkeleton(y);
      const s = skeletonSimilarity(kx, ky);
      const shortest = Math.min(kx.length, ky.length);
      // Short skeletons agree by chance (Albania and «لبنان» both read lbn): they must agree fully and still only hint.
      if ((s === 1 && shortest >= 3) || (s >= SKELETON_MIN && shortest >= SKELETON_FUZZY_LENGTH)) if (!best || s > best.s || (s === best.s && shortest > best.length)) best = { s, x, y, length: shortest };
    }
  for (const x of an)
    for (const y of bn) {
      const sx = scriptOf(x);
      const sy = scriptOf(y);
      if (sx === sy) {
        const cx = compact(x);
        const cy = compact(y);
        // One letter tells short names apart (Gambia, Zambia; «ألبانيا», «ألمانيا»): only long ones count, and only
        // names proper (official forms differ by the one word that matters: "Republic of Iceland", "… of Ireland").
        if (cx !== cy && Math.min(cx.length, cy.length) >= NEAR_LENGTH && proper(a).includes(x) && proper(b).includes(y) && distance(cx, cy) === 1 && typoInLongWord(x, y)) near ??= { x, y };
        if (a.type === "person") {
          const ix = initialsKey(x);
          const iy = initialsKey(y);
          const short = (n: string) => /^\p{L}\.?$/u.test(matchName(n).split(" ")[0] ?? "") || /^\p{L}\./u.test(n.trim());
          if (ix && ix === iy && short(x) !== short(y)) initials ??= { x, y };
        }
      }
    }
  if (best)
    out.push({
      reason: "transliteration",
      detail: `“${best.x}” and “${best.y}” are one name in two scripts`,
      weight: best.length < SKELETON_SURE_LENGTH ? WEIGHTS.shortTransliteration : WEIGHTS.transliteration * (best.s === 1 ? 1 : 0.95),
    });
  if (near) out.push({ reason: "near-identical", detail: `“${near.x}” and “${near.y}” differ by one letter`, weight: WEIGHTS["near-identical"] });
  if (initials) out.push({ reason: "initials", detail: `“${initials.x}” and “${initials.y}” share the surname and the initial`, weight: WEIGHTS.initials });
  return out;
}

/** The score of a pair's evidence: noisy-or of what speaks for it, scaled down by what speaks against it. */
export function scoreOf(evidence: DuplicateEvidence[]): number {
  let against = 1;
  let none = 1;
  for (const e of evidence) {
    if (e.weight < 0) against *= 1 + e.weight;
    else none *= 1 - e.weight;
  }
  return Math.round((1 - none) * against * 1000) / 1000;
}

/** Pairs of ids to score: every two entities that share a key (blocks too common to mean anything are skipped). */
export function candidatePairs(entities: DuplicateCandidate[]): [number, number][] {
  const blocks = new Map<string, number[]>();
  entities.forEach((e, i) => {
    for (const k of keysOf(e)) {
      const block = blocks.get(k);
      if (block) block.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = entities.length;
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > BLOCK_MAX) continue;
    for (let x = 0; x < block.length; x++)
      for (let y = x + 1; y < block.length; y++) {
        const [i, j] = block[x]! < block[y]! ? [block[x]!, block[y]!] : [block[y]!, block[x]!];
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([i, j]);
      }
  }
  return pairs;
}

/** The one to keep: more relations, then the shorter id (the canonical slug), then the id. */
export function orderPair(a: DuplicateCandidate, b: DuplicateCandidate): [DuplicateCandidate, DuplicateCandidate] {
  if (a.degree !== b.degree) return a.degree > b.degree ? [a, b] : [b, a];
  if (a.id.length !== b.id.length) return a.id.length < b.id.length ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

/** A pair's key, the same whichever way round: `a|b`, ids in order. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Name-based suggestions, best first; `extra` adds the graph's evidence for a pair (shared roles, being named side by
 * side) before the score is taken. Pairs whose key is in `skip` (dismissed) are left out.
 */
export function suggestDuplicates(
  entities: DuplicateCandidate[],
  opts: { skip?: ReadonlySet<string>; extra?: (a: DuplicateCandidate, b: DuplicateCandidate) => DuplicateEvidence[]; minScore?: number } = {},
): DuplicateSuggestion[] {
  const minScore = opts.minScore ?? MIN_SCORE;
  const out: DuplicateSuggestion[] = [];
  for (const [i, j] of candidatePairs(entities)) {
    const a = entities[i]!;
    const b = entities[j]!;
    if (opts.skip?.has(pairKey(a.id, b.id))) continue;
    const evidence = nameEvidence(a, b);
    if (!evidence.length) continue;
    const all = [...evidence, ...(opts.extra?.(a, b) ?? [])];
    const score = scoreOf(all);
    if (score < minScore) continue;
    const [into, source] = orderPair(a, b);
    out.push({ into, source, score, evidence: all });
  }
  return out.sort((x, y) => y.score - x.score || pairKey(x.into.id, x.source.id).localeCompare(pairKey(y.into.id, y.source.id)));
}

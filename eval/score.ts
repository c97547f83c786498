// Scores an extraction (the dry-run JSON of `npm run seed -- FILE --dry-run --format json`) against an article's gold,
// by the conventions of docs/relations.md: per article, typed relations by type, direction and both ends (symmetric
// types either way), each relation once however often it is stated; entity recall per sentence; the co-mention share.
import { SYMMETRIC_TYPES } from "../graph-seed/relation-types";
import type { SeedFormat } from "../graph-seed/seed-format";

/** The nine types the conventions define; any other type is reported apart and never scored. */
export const SCORED_TYPES = ["LEADER_OF", "MET_WITH", "SUPPORTS", "HAS_POSITION_ON", "OPPOSES", "COOPERATES_WITH", "TRADES_WITH", "PLANS_TO_ATTEND", "PLANS_TO_VISIT"] as const;

export interface GoldEntity {
  key: string;
  name: string;
  type: string;
  /** Exact strings of the article that name the entity. */
  names: string[];
}

export interface GoldRelation {
  source: string;
  type: string;
  target: string;
  topic?: string;
  evidence: string[];
  note?: string;
}

export interface Gold {
  id: string;
  lang: "ar" | "en";
  entities: GoldEntity[];
  relations: GoldRelation[];
  doubts?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  id: string;
  lang: string;
  sentences: number;
  /** Per scored type: relations right, written but wrong, and missed. */
  relations: Record<string, Counts>;
  /** Typed relations of types the conventions do not define, reported apart. */
  otherTypes: Record<string, number>;
  mentions: { found: number; gold: number };
  edges: { coMentioned: number; all: number };
  /** Readable relation keys (`source TYPE target`, gold keys) for the dev half's misses and extras. */
  missing: string[];
  extra: string[];
}

const LETTER = /[\p{L}\p{N}]/u;
// Arabic proclitics a name may carry in running text (و ف ب ل ك, with or without the article).
const ARABIC_PROCLITIC = /^(?:[وف]?(?:[بلك]|ال|لل|بال|كال)?|[وف])$/u;

/** Where each gold entity is named in the text: the longest name wins a span, and a name must stand as a word. */
export function goldSpans(text: string, entities: GoldEntity[]): { start: number; end: number; key: string }[] {
  const names = entities.flatMap((e) => e.names.filter((n) => n.trim()).map((n) => ({ n, key: e.key }))).sort((a, b) => b.n.length - a.n.length);
  const taken = new Uint8Array(text.length);
  const spans: { start: number; end: number; key: string }[] = [];
  for (const { n, key } of names) {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
      const end = at + n.length;
      if (taken.subarray(at, end).some((t) => t)) continue;
      if (!standsAlone(text, at, end)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, key });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function standsAlone(text: string, start: number, end: number): boolean {
  // After: no letter follows a Latin name (possessive 's is fine); Arabic names may take suffixes only as adjectives, which are listed themselves.
  const after = text[end] ?? " ";
  if (LETTER.test(after) && !/[\u0600-\u06FF]/.test(text[end - 1] ?? "")) return false;
  let i = start;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  const lead = text.slice(i, start);
  if (!lead) return true;
  return /[\u0600-\u06FF]/.test(text[start] ?? "") && ARABIC_PROCLITIC.test(lead);
}

const fold = (s: string) => s.normalize("NFKC").toLocaleLowerCase().replace(/[\u064B-\u065F\u0640]/g, "").trim();

/**
 * Which gold entity each predicted entity is: the one whose names its mentions overlap most, in characters, twice as
 * much when the types agree (references such as «البلدين» or "the Ethiopian leader" do not vote when the entity has a
 * name in the text), else the one whose names include its name or an alias.
 */
export function alignEntities(x: SeedFormat, text: string, gold: Gold, spans = goldSpans(text, gold.entities)): Map<string, string> {
  const typeOf = new Map(gold.entities.map((g) => [g.key, g.type]));
  const byName = new Map<string, string>();
  for (const e of gold.entities) for (const n of [e.name, ...e.names]) byName.set(fold(n), e.key);
  const out = new Map<string, string>();
  for (const e of x.entities) {
    const votes = new Map<string, number>();
    // A title that refers back ("the Ethiopian leader") overlaps the country's adjective: only names vote, when there are any.
    const named = e.mentions.filter((m) => m.rule !== "coreference");
    for (const m of named.length ? named : e.mentions)
      // Weighed by the characters shared: a discovered "Iraqi Prime Minister Mohammed Shia al-Sudani" is the person,
      // not the country its adjective names.
      for (const s of spans) if (s.start < m.end && m.start < s.end) votes.set(s.key, (votes.get(s.key) ?? 0) + (Math.min(s.end, m.end) - Math.max(s.start, m.start)) * (typeOf.get(s.key) === e.type ? 2 : 1));
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const byOwnName = [e.name, e.nameAr, ...(e.aliases ?? [])].map((n) => (n ? byName.get(fold(n)) : undefined)).find(Boolean);
    const key = best ?? byOwnName;
    if (key) out.set(e.id, key);
  }
  return out;
}

export const relationKey = (type: string, source: string, target: string) =>
  SYMMETRIC_TYPES.has(type) && target < source ? `${target} ${type} ${source}` : `${source} ${type} ${target}`;

/** Scores one article. `text` is the decoded article the offsets point into. */
export function scoreArticle(x: SeedFormat, text: string, gold: Gold): ArticleScore {
  const spans = goldSpans(text, gold.entities);
  const align = alignEntities(x, text, gold, spans);
  const scored = new Set<string>(SCORED_TYPES);
  const otherTypes: Record<string, number> = {};
  const predicted = new Set<string>();
  for (const r of x.relations) {
    if (r.type === "CO_MENTIONED") continue;
    if (!scored.has(r.type)) {
      otherTypes[r.type] = (otherTypes[r.type] ?? 0) + 1;
      continue;
    }
    // An end that is no gold entity still makes a relation, and a wrong one: it keeps its own id.
    predicted.add(relationKey(r.type, align.get(r.source) ?? `?${r.source}`, align.get(r.target) ?? `?${r.target}`));
  }
  const goldKeys = new Set(gold.relations.filter((r) => scored.has(r.type)).map((r) => relationKey(r.type, r.source, r.target)));
  for (const r of gold.relations) if (!scored.has(r.type)) otherTypes[`gold:${r.type}`] = (otherTypes[`gold:${r.type}`] ?? 0) + 1;
  const relations: Record<string, Counts> = Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const typeOf = (k: string) => k.split(" ")[1]!;
  for (const k of predicted) relations[typeOf(k)]![goldKeys.has(k) ? "tp" : "fp"]++;
  for (const k of goldKeys) if (!predicted.has(k)) relations[typeOf(k)]!.fn++;

  // Entity recall per sentence: a gold entity named in a sentence is found when a predicted entity aligned to it has a
  // mention in that sentence.
  const sentenceOf = (offset: number) => x.sentences.find((s) => s.start <= offset && offset < s.end)?.index;
  const goldMentions = new Set(spans.map((s) => `${sentenceOf(s.start)}:${s.key}`).filter((k) => !k.startsWith("undefined")));
  const found = new Set(x.entities.flatMap((e) => (align.has(e.id) ? e.mentions.map((m) => `${m.sentence}:${align.get(e.id)}`) : [])));
  const mentionHits = [...goldMentions].filter((k) => found.has(k)).length;

  return {
    id: gold.id,
    lang: gold.lang,
    sentences: x.sentences.length,
    relations,
    otherTypes,
    mentions: { found: mentionHits, gold: goldMentions.size },
    edges: { coMentioned: x.relations.filter((r) => r.type === "CO_MENTIONED").length, all: x.relations.length },
    missing: [...goldKeys].filter((k) => !predicted.has(k)).sort(),
    extra: [...predicted].filter((k) => !goldKeys.has(k)).sort(),
  };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function sum(scores: ArticleScore[], type?: string): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const s of scores)
    for (const [t, k] of Object.entries(s.relations))
      if (!type || t === type) {
        c.tp += k.tp;
        c.fp += k.fp;
        c.fn += k.fn;
      }
  return c;
}

/** A small seeded generator (mulberry32), so the intervals are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** Micro-averaged P/R/F1 over the articles, with 95% intervals from resampling articles (percentile bootstrap). */
export function withIntervals(scores: ArticleScore[], type?: string, samples = 1000, seed = 17): Record<keyof Prf, Interval> {
  const point = prf(sum(scores, type));
  const draws: Prf[] = [];
  const rnd = random(seed);
  for (let i = 0; i < samples && scores.length; i++) draws.push(prf(sum(Array.from({ length: scores.length }, () => scores[Math.floor(rnd() * scores.length)]!), type)));
  const interval = (k: keyof Prf): Interval => {
    const xs = draws.map((d) => d[k]).sort((a, b) => a - b);
    return { value: point[k], low: xs[Math.floor(0.025 * xs.length)] ?? point[k], high: xs[Math.min(xs.length - 1, Math.floor(0.975 * xs.length))] ?? point[k] };
  };
  return { precision: interval("precision"), recall: interval("recall"), f1: interval("f1") };
}

export interface HalfReport {
  articles: number;
  languages: Record<string, number>;
  sentences: number;
  goldRelations: number;
  goldPerType: Record<string, number>;
  overall: Record<keyof Prf, Interval>;
  perType: Record<string, Record<keyof Prf, Interval> & { gold: number; written: number }>;
  entityRecall: number;
  coMentionedShare: number;
  otherTypes: Record<string, number>;
}

export function summarise(scores: ArticleScore[]): HalfReport {
  const languages: Record<string, number> = {};
  for (const s of scores) languages[s.lang] = (languages[s.lang] ?? 0) + 1;
  const goldPerType = Object.fromEntries(
    SCORED_TYPES.map((t) => {
      const c = sum(scores, t);
      return [t, c.tp + c.fn];
    }),
  );
  const otherTypes: Record<string, number> = {};
  for (const s of scores) for (const [t, n] of Object.entries(s.otherTypes)) otherTypes[t] = (otherTypes[t] ?? 0) + n;
  const mentions = scores.reduce((a, s) => ({ found: a.found + s.mentions.found, gold: a.gold + s.mentions.gold }), { found: 0, gold: 0 });
  const edges = scores.reduce((a, s) => ({ co: a.co + s.edges.coMentioned, all: a.all + s.edges.all }), { co: 0, all: 0 });
  return {
    articles: scores.length,
    languages,
    sentences: scores.reduce((n, s) => n + s.sentences, 0),
    goldRelations: Object.values(goldPerType).reduce((a, b) => a + b, 0),
    goldPerType,
    overall: withIntervals(scores),
    perType: Object.fromEntries(
      SCORED_TYPES.map((t) => {
        const c = sum(scores, t);
        return [t, { ...withIntervals(scores, t), gold: c.tp + c.fn, written: c.tp + c.fp }];
      }),
    ),
    entityRecall: mentions.gold ? mentions.found / mentions.gold : 1,
    coMentionedShare: edges.all ? edges.co / edges.all : 0,
    otherTypes,
  };
}

// Step 4, mentions: gazetteer names found in the normalised text (Arabic clitics, adjectives, typos, titles that refer
// back), each mapped to exact offsets in the original text and tagged with the rule that found it.
import type { GazetteerRecord } from "./gazetteer";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import { sentenceHolding } from "./split-sentences";
import type { Mention, MentionRule, Sentence } from "./types";

export const CONFIDENCE: Record<MentionRule, number> = {
  exact: 1,
  prefix: 0.95,
  adjective: 0.85,
  coreference: 0.8,
  fuzzy: 0.7,
  discovered: 0.5,
  metonymy: 0.75, // a capital acting for its government ("Moscow backs Beijing"), in a sentence that says so
};

interface Token {
  start: number; // normalised offsets
  end: number;
  text: string;
  arabic: boolean;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const ARABIC = /^[\u0621-\u064A]/u;
// Between the words of one name: spaces, a hyphen, quotes (the seed article has unbalanced typographic quotes).
const GAP = /^[\s\-"'()]{1,4}$/u;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0], arabic: ARABIC.test(m[0]) }));
}

/**
 * Arabic proclitics (conjunctions و ف, prepositions ب ك ل, and their combinations with the article), longest first.
 * `keep` is where the mention span starts inside the token: the article stays in the span ("والصين" → "الصين"),
 * except where ل has fused with it ("للصين"), which stays whole.
 */
const CLITICS: { prefix: string; keep: number }[] = [
  { prefix: "وبال", keep: 2 }, { prefix: "وكال", keep: 2 }, { prefix: "فبال", keep: 2 }, { prefix: "وفال", keep: 2 },
  { prefix: "ولل", keep: 1 }, { prefix: "فلل", keep: 1 },
  { prefix: "وال", keep: 1 }, { prefix: "فال", keep: 1 }, { prefix: "بال", keep: 1 }, { prefix: "كال", keep: 1 },
  { prefix: "لل", keep: 0 }, { prefix: "ال", keep: 0 },
  { prefix: "وب", keep: 2 }, { prefix: "ول", keep: 2 }, { prefix: "فب", keep: 2 }, { prefix: "وك", keep: 2 },
  { prefix: "و", keep: 1 }, { prefix: "ف", keep: 1 }, { prefix: "ب", keep: 1 }, { prefix: "ك", keep: 1 }, { prefix: "ل", keep: 1 },
];

/** A word without its article: "الصين" → "صين" (a word keeps at least two letters). */
function bare(word: string): string {
  return word.startsWith("ال") && word.length >= 5 ? word.slice(2) : word;
}

interface Variant {
  key: string;
  keep: number; // chars of the token left out of the mention span
  stripped: boolean; // a clitic (not just the article) was removed
}

/** Every reading of a token as [clitics] + [article] + word. */
export function variants(token: string, arabic: boolean): Variant[] {
  const out: Variant[] = [{ key: bare(token), keep: 0, stripped: false }];
  if (!arabic) return out;
  for (const { prefix, keep } of CLITICS) {
    if (!token.startsWith(prefix) || token.length - prefix.length < 2) continue;
    const rest = token.slice(prefix.length);
    const stripped = keep > 0 || prefix === "لل";
    out.push({ key: prefix.endsWith("ال") || prefix.endsWith("لل") ? rest : bare(rest), keep, stripped });
  }
  return out;
}

interface Pattern {
  entityId: string;
  words: string[]; // normalised tokens; words[0] is bare (article removed)
  kind: "name" | "adjective";
  caseSensitive?: string; // original letters that must match exactly (acronyms, short Latin names)
  arabic: boolean;
}

const ARABIC_ADJECTIVE_ENDINGS = ["", "ه", "ون", "ين", "يين", "يون"];

function namePatterns(entry: GazetteerRecord): Pattern[] {
  const names = [entry.name, entry.nameAr, ...entry.aliases].filter((n): n is string => !!n && !entry.unmatched?.includes(n));
  const patterns: Pattern[] = [];
  for (const name of names) {
    const words = tokenize(normalizeText(name)).map((t) => t.text);
    if (words.length === 0) continue;
    words[0] = bare(words[0]!);
    const letters = name.replace(/[^A-Za-z]/g, "");
    const latin = /^[\x20-\x7E]+$/.test(name);
    const acronym = latin && (/^[A-Z][A-Z.]+$/.test(name) || letters.length <= 2);
    patterns.push({ entityId: entry.id, words, kind: "name", arabic: ARABIC.test(words[0]!), ...(acronym ? { caseSensitive: letters } : {}) });
  }
  for (const adjective of entry.adjectives ?? []) {
    const word = normalizeText(adjective);
    const arabic = ARABIC.test(word);
    const forms = arabic ? ARABIC_ADJECTIVE_ENDINGS.map((e) => word + e) : [word, word + "s"];
    for (const form of forms) patterns.push({ entityId: entry.id, words: [form], kind: "adjective", arabic });
  }
  return patterns;
}

const PROPER_NAME_TYPES = new Set(["person", "country", "city", "region", "organization", "initiative", "event"]);

export interface Matcher {
  byFirst: Map<string, Pattern[]>;
  fuzzyKeys: Pattern[]; // names whose every word is long enough for typo tolerance
  fuzzyByLength: Map<number, Pattern[]>; // the single-word ones, by length
  countries: Set<string>;
  capitalOf: Map<string, string>; // capital city id → country id ("Moscow backs Beijing" puts both countries in play)
  adjectiveOf: Map<string, string>; // normalised adjective form → country id
  capitalised: Set<string>; // countries and cities: written with a capital in English
}

export function buildMatcher(gazetteer: GazetteerRecord[]): Matcher {
  const byFirst = new Map<string, Pattern[]>();
  const fuzzyKeys: Pattern[] = [];
  const adjectiveOf = new Map<string, string>();
  for (const entry of gazetteer) {
    for (const p of namePatterns(entry)) {
      const list = byFirst.get(p.words[0]!) ?? [];
      list.push(p);
      byFirst.set(p.words[0]!, list);
      if (p.kind === "adjective") adjectiveOf.set(p.words[0]!, p.entityId);
      // Typos are tolerated in proper names only: topics are common words, where a near miss is another word.
      if (p.kind === "name" && !p.caseSensitive && PROPER_NAME_TYPES.has(entry.type) && p.words.every((w) => w.length >= 5)) fuzzyKeys.push(p);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const fuzzyByLength = new Map<number, Pattern[]>();
  for (const p of fuzzyKeys.filter((k) => k.words.length === 1)) fuzzyByLength.set(p.words[0]!.length, [...(fuzzyByLength.get(p.words[0]!.length) ?? []), p]);
  return {
    byFirst,
    fuzzyKeys,
    fuzzyByLength,
    countries: new Set(gazetteer.filter((e) => e.type === "country").map((e) => e.id)),
    capitalOf: new Map(gazetteer.filter((e) => e.capitalOf).map((e) => [e.id, e.capitalOf!])),
    adjectiveOf,
    capitalised: new Set(gazetteer.filter((e) => e.type === "country" || e.type === "city").map((e) => e.id)),
  };
}

/** Optimal-string-alignment distance (a swap of neighbours counts once: "ورسيا" ↔ "روسيا"), capped at max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

const fuzzyBudget = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/**
 * A likely typo of `key`: within the length's budget. Short words (under eight letters) may only lose or gain a letter
 * or swap two neighbours ("جينبيغ", "ورسيا", "Rusia"): a changed letter there usually makes another word ("ماريا"/"مانيا").
 */
export function similar(word: string, key: string): boolean {
  const budget = Math.min(fuzzyBudget(word.length), fuzzyBudget(key.length));
  if (budget === 0 || editDistance(word, key, budget) > budget) return false;
  if (budget >= 2 || word.length !== key.length) return true;
  const diff = [...word].flatMap((ch, i) => (ch === key[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === key[diff[1]!] && word[diff[1]!] === key[diff[0]!];
}

interface Hit {
  entityId: string;
  from: number; // token index range [from, to)
  to: number;
  keep: number; // chars of the first token outside the span
  rule: MentionRule;
}

function gapOk(text: string, a: Token, b: Token) {
  return GAP.test(text.slice(a.end, b.start));
}

/** The longest pattern starting at token i, trying each clitic reading of it. */
function matchAt(text: string, original: string, map: number[], tokens: Token[], i: number, m: Matcher): Hit | null {
  const t = tokens[i]!;
  let best: Hit | null = null;
  for (const v of variants(t.text, t.arabic)) {
    for (const p of m.byFirst.get(v.key) ?? []) {
      const n = p.words.length;
      // The longest pattern wins; at the same length an exact reading beats a typo guess ("الاتحاد الأوروبي" is the
      // European Union, not a typo of «الاتحاد الأوراسي», whatever order the gazetteer lists them in).
      if (best && (n < best.to - best.from || (n === best.to - best.from && best.rule !== "fuzzy"))) continue;
      if (i + n > tokens.length) continue;
      let ok = true;
      let fuzzy = false;
      for (let k = 1; k < n && ok; k++) {
        const tk = tokens[i + k]!;
        if (!gapOk(text, tokens[i + k - 1]!, tk)) ok = false;
        else if (tk.text !== p.words[k]) {
          if (similar(tk.text, p.words[k]!)) fuzzy = true;
          else ok = false;
        }
      }
      if (!ok) continue;
      if (p.caseSensitive !== undefined) {
        const span = original.slice(map[t.start + v.keep], map[tokens[i + n - 1]!.end]).replace(/[^A-Za-z]/g, "");
        if (span !== p.caseSensitive) continue;
      }
      const rule: MentionRule = fuzzy ? "fuzzy" : p.kind === "adjective" ? "adjective" : v.stripped ? "prefix" : "exact";
      if (best && n === best.to - best.from && fuzzy) continue;
      best = { entityId: p.entityId, from: i, to: i + n, keep: v.keep, rule };
    }
  }
  if (best) return best;
  // Typo tolerance: single words of five letters or more, against names of five letters or more.
  for (const v of variants(t.text, t.arabic)) {
    if (v.key.length < 5) continue;
    for (let length = v.key.length - 2; length <= v.key.length + 2; length++) {
      for (const p of m.fuzzyByLength.get(length) ?? []) {
        if (p.arabic === t.arabic && similar(v.key, p.words[0]!)) return { entityId: p.entityId, from: i, to: i + 1, keep: v.keep, rule: "fuzzy" };
      }
    }
  }
  return null;
}

const ORGANISATION_AFTER = /^\s+(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Fund|Bank|Airlines|Airways|Company|Corporation|Group|Institute|University|Foundation|Association|Federation|Party|Times|Post|Railways)\b/u;

/**
 * In English, a country or city is written with a capital, and a typo is only guessed in a capitalised word: "turkey"
 * is a bird, "china" porcelain, "parish" no typo of Paris.
 */
function lowercaseProperName(original: string, map: number[], t: Token, hit: Hit, m: Matcher): boolean {
  const first = original[map[t.start]!] ?? "";
  if (first === first.toUpperCase()) return false;
  return hit.rule === "fuzzy" || (hit.rule !== "adjective" && m.capitalised.has(hit.entityId));
}

// "the two countries": the two most recently named countries.
const BOTH_COUNTRIES = new Set(["بلدين", "بلدان", "دولتين", "بلدينا"].map(normalizeText));

export function findMentions(original: string, sentences: Sentence[], matcher: Matcher): Mention[] {
  const { text, map } = normalizeForMatching(original);
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const add = (entityId: string, from: number, to: number, keep: number, rule: MentionRule) => {
    const start = map[tokens[from]!.start + keep]!;
    // Up to the next kept character, so trailing diacritics and tatweel stay inside the span.
    const end = map[tokens[to - 1]!.end]!;
    const sentence = sentenceHolding(sentences, start, end);
    if (sentence < 0) return;
    mentions.push({ entityId, sentence, start, end, surface: original.slice(start, end), rule, confidence: CONFIDENCE[rule] });
  };
  const hits: (Hit | null)[] = [];
  for (let i = 0; i < tokens.length; ) {
    let hit = matchAt(text, original, map, tokens, i, matcher);
    if (hit && !tokens[i]!.arabic && lowercaseProperName(original, map, tokens[i]!, hit, matcher)) hit = null;
    // "Danish Green Fund", "Ethiopian Airlines": a nationality opening an organisation's name is part of that name
    // (discovery takes the whole run), not a mention of the country.
    if (hit && hit.rule === "adjective" && !tokens[i]!.arabic && ORGANISATION_AFTER.test(original.slice(map[tokens[i]!.end]))) hit = null;
    if (hit) {
      add(hit.entityId, hit.from, hit.to, hit.keep, hit.rule);
      for (let k = hit.from; k < hit.to; k++) hits[k] = hit;
      i = hit.to;
    } else i++;
  }

  // Coreference: "the two countries" refers to the last two countries named (titles that refer back are resolved
  // after discovery, in resolve-titles.ts).
  // "The two countries" are the two most named so far; among equals, the latest.
  const countryCounts = new Map<string, number>();
  const inPlay = () => [...countryCounts.entries()].reverse().sort((a, b) => b[1] - a[1]).slice(0, 2).map(([id]) => id);
  for (let i = 0; i < tokens.length; i++) {
    const hit = hits[i];
    const country = hit && hit.from === i ? (matcher.countries.has(hit.entityId) ? hit.entityId : matcher.capitalOf.get(hit.entityId)) : undefined;
    if (country) {
      const count = countryCounts.get(country) ?? 0;
      countryCounts.delete(country); // re-insert: Map order then records recency for the stable sort
      countryCounts.set(country, count + 1);
    }
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const countriesWord = next !== undefined && /^(countries|nations)$/.test(next.text);
    const bothEnglish = !t.arabic && countriesWord && (t.text === "both" || (t.text === "two" && prev?.text === "the"));
    const bothArabic = t.arabic && variants(t.text, true).some((v) => BOTH_COUNTRIES.has(v.key));
    if ((bothArabic || bothEnglish) && countryCounts.size >= 2 && !hits[i]) {
      const keep = bothArabic ? Math.max(0, ...variants(t.text, true).filter((v) => BOTH_COUNTRIES.has(v.key)).map((v) => v.keep)) : 0;
      for (const country of inPlay()) add(country, i, bothEnglish ? i + 2 : i + 1, keep, "coreference");
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
  // The same entity twice on one span (two rules agreeing) is one mention.
  return mentions.filter((x, k) => k === 0 || !(x.start === mentions[k - 1]!.start && x.end === mentions[k - 1]!.end && x.entityId === mentions[k - 1]!.entityId));
}

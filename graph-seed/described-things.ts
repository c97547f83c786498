// Things a text names by description rather than by a proper name: an agreement, a pipeline, an election, a summit.
// News argues about them ("France voted against the deal", «رفضت مصر الاتفاق»), so they are entities too: the first
// description with a modifier introduces one ("the free trade agreement", "the Atlantic gas pipeline", «اتفاق التجارة
// الحرة»), and later definite mentions of the same kind refer back to the latest ("the deal", "the pact", «الاتفاق»).
import { slugify, type GazetteerRecord } from "./gazetteer";
import { CONFIDENCE, tokenize } from "./find-mentions";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import { sentenceHolding } from "./split-sentences";
import type { EntityType, Lang, Mention, Sentence } from "./types";

export interface Described {
  entry: GazetteerRecord;
  mentions: Mention[];
}

/** Head nouns by kind; a later bare reference of the same kind ("the pact" after "the agreement") is the same thing. */
const EN_HEADS: Record<string, { kind: string; type: EntityType }> = {
  agreement: { kind: "agreement", type: "initiative" },
  deal: { kind: "agreement", type: "initiative" },
  pact: { kind: "agreement", type: "initiative" },
  accord: { kind: "agreement", type: "initiative" },
  treaty: { kind: "agreement", type: "initiative" },
  pipeline: { kind: "project", type: "initiative" },
  railway: { kind: "project", type: "initiative" },
  corridor: { kind: "project", type: "initiative" },
  project: { kind: "project", type: "initiative" },
  plan: { kind: "plan", type: "initiative" },
  proposal: { kind: "plan", type: "initiative" },
  election: { kind: "election", type: "event" },
  summit: { kind: "summit", type: "event" },
  ceasefire: { kind: "ceasefire", type: "event" },
  truce: { kind: "ceasefire", type: "event" },
};
// Words that may stand before the head inside a description ("free trade", "Atlantic gas", "five-point peace").
const EN_MODIFIER = /^(?:[A-Z][\p{L}\d'’-]*|[\p{Ll}\d][\p{Ll}\d-]*)$/u;
const EN_NOT_MODIFIER = new Set(
  "the a an this that these those its their his her our your my any every each another such new same whole first last next previous proposed planned long-stalled stalled landmark historic major key main current existing and or of to in on at for with by from as is was are were be been has have had will would could should may might not no also said says which who whose what when where while than then there here it they we he she over under about into after before during against between among through via per signed sign signing approved approve back backed backs support supported reject rejected oppose opposed ratify ratified reach reached negotiate negotiated broker brokered".split(" "),
);
const EN_DEFINITE = /^(?:the|this|that)$/i;

const AR_HEADS: Record<string, { kind: string; type: EntityType }> = Object.fromEntries(
  (
    [
      ["اتفاق", "agreement", "initiative"],
      ["اتفاقية", "agreement", "initiative"],
      ["صفقة", "agreement", "initiative"],
      ["معاهدة", "agreement", "initiative"],
      ["مشروع", "project", "initiative"],
      ["ممر", "project", "initiative"],
      ["خطة", "plan", "initiative"],
      ["مبادرة", "plan", "initiative"],
      ["انتخابات", "election", "event"],
      ["الانتخابات", "election", "event"],
      ["قمة", "summit", "event"],
      ["هدنة", "ceasefire", "event"],
    ] as const
  ).map(([w, kind, type]) => [normalizeText(w), { kind, type }]),
);
// A pipeline is two words in Arabic.
const AR_PIPELINE = normalizeText("خط انابيب");

const AR_CLITICS = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل", "ولل"];

/** An Arabic head noun in a (normalised) word, with the length of its clitic and whether it is definite. */
function arabicHead(word: string): { head: { kind: string; type: EntityType }; clitic: number; definite: boolean; pipeline: boolean } | undefined {
  for (const c of AR_CLITICS) {
    if (!word.startsWith(c)) continue;
    const rest = word.slice(c.length);
    // «للاتفاق» is ل + الاتفاق with the alif dropped.
    const stem = c.endsWith("لل") ? `ال${rest}` : rest;
    const definite = stem.startsWith("ال");
    const bare = definite ? stem.slice(2) : stem;
    if (bare === AR_PIPELINE) return { head: { kind: "project", type: "initiative" }, clitic: c.length, definite, pipeline: true };
    const head = AR_HEADS[bare] ?? AR_HEADS[stem];
    if (head && !bare.includes(" ")) return { head, clitic: c.endsWith("لل") ? c.length - 1 : c.length, definite, pipeline: false };
  }
  return undefined;
}

interface Thing {
  entry: GazetteerRecord;
  kind: string;
  mentions: Mention[];
}

/**
 * Described things of a text, with the mentions that refer back to them. `taken` are the mentions found so far; a
 * description may hold them (a topic such as "trade" inside "the free trade agreement"), and `inside` reports which
 * of them it swallowed so the caller can drop them.
 */
export function describedThings(text: string, sentences: Sentence[], lang: Lang, taken: Mention[], isTopic: (entityId: string) => boolean): { things: Described[]; inside: Set<Mention> } {
  const things: Thing[] = [];
  const inside = new Set<Mention>();
  const latest = new Map<string, Thing>();
  // A description may hold a topic word or a shorter name, never cut across a name or repeat one ("grain corridor" is
  // the gazetteer's Black Sea Grain Initiative).
  const blocked = (start: number, end: number) =>
    taken.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end || (m.start === start && m.end === end && !isTopic(m.entityId))));
  const mention = (thing: Thing, start: number, end: number, rule: Mention["rule"]) => {
    const sentence = sentenceHolding(sentences, start, end);
    if (sentence < 0) return;
    thing.mentions.push({ entityId: thing.entry.id, sentence, start, end, surface: text.slice(start, end), rule, confidence: CONFIDENCE.discovered });
    for (const m of taken) if (m.start >= start && m.end <= end && isTopic(m.entityId)) inside.add(m);
  };
  const introduce = (name: string, kind: string, type: EntityType, from: number, to: number, head: { start: number; end: number }, arabic: boolean) => {
    // A named actor inside the description keeps its mention: the thing's span is what lies between the actors
    // around its head ("EU-Mercosur deal" → "deal"; «الانتخابات الرئاسية السنغالية» → «الانتخابات الرئاسية»).
    const actors = taken.filter((m) => m.start >= from && m.end <= to && !isTopic(m.entityId));
    let start = Math.max(from, ...actors.filter((m) => m.end <= head.start).map((m) => m.end));
    let end = Math.min(to, ...actors.filter((m) => m.start >= head.end).map((m) => m.start));
    while (start < end && /[\s'’-]/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (/^s\b/.test(text.slice(start, end))) start = text.indexOf(" ", start) + 1;
    if (start >= end || start > head.start) return;
    const id = slugify(name);
    if (!id) return;
    let thing = things.find((t) => t.entry.id === id);
    if (!thing) {
      thing = { entry: { id, type, name, ...(arabic ? { nameAr: name } : {}), aliases: [] }, kind, mentions: [] };
      things.push(thing);
    }
    mention(thing, start, end, "discovered");
    latest.set(kind, thing);
  };

  if (lang === "en") {
    for (const m of text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)) {
      const head = EN_HEADS[m[0].toLowerCase()];
      if (!head) continue;
      const end = m.index! + m[0].length;
      // Plurals are kinds of thing ("signed agreements on defence"), not one thing.
      if (/^s\b/i.test(text.slice(end, end + 2))) continue;
      // The words before the head, back to a determiner or a word that cannot modify it.
      const from = Math.max(0, m.index! - 80);
      const words = [...text.slice(from, m.index!).matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)].map((w) => ({ w: w[0], at: from + w.index! }));
      const mods: { w: string; at: number }[] = [];
      let k = words.length - 1;
      for (; k >= 0 && mods.length < 4; k--) {
        const { w, at } = words[k]!;
        // Only whitespace may stand between the words of a description.
        if (!/^\s+$/.test(text.slice(at + w.length, mods[0]?.at ?? m.index!))) break;
        // Participles describe the state of the thing, not which thing it is ("the long-awaited agreement").
        if (!EN_MODIFIER.test(w) || EN_NOT_MODIFIER.has(w.toLowerCase()) || EN_HEADS[w.toLowerCase()] || /^[\p{Ll}-]+ed$/u.test(w)) break;
        mods.unshift({ w, at });
      }
      const determiner = words[k];
      const definite = !!determiner && EN_DEFINITE.test(determiner.w) && /^\s+$/.test(text.slice(determiner.at + determiner.w.length, mods[0]?.at ?? m.index!));
      const start = mods[0]?.at ?? m.index!;
      if (blocked(start, end)) continue;
      // "the free trade agreement", "an EU-Mercosur deal": a new thing. "the deal", "the pact": the latest of its kind.
      if (mods.length) introduce(text.slice(start, end), head.kind, head.type, start, end, { start: m.index!, end }, false);
      else if (definite && latest.has(head.kind)) mention(latest.get(head.kind)!, m.index!, end, "coreference");
    }
  } else {
    const { text: norm, map } = normalizeForMatching(text);
    const tokens = tokenize(norm);
    for (let i = 0; i < tokens.length; i++) {
      const raw = tokens[i]!.text;
      // With a clitic («والاتفاق», «بالمشروع», «للاتفاق») or not; the article marks a reference back.
      const pair = tokens[i + 1] ? arabicHead(`${raw} ${tokens[i + 1]!.text}`) : undefined;
      const found = pair?.pipeline ? pair : arabicHead(raw);
      if (!found) continue;
      const last = found.pipeline ? i + 1 : i;
      // The description: definite words after the head («اتفاق التجارة الحرة», «خط أنابيب الغاز الجزائري»), at most 3.
      let k = last;
      while (k + 1 < tokens.length && k - last < 3 && tokens[k + 1]!.arabic && /^\s+$/.test(norm.slice(tokens[k]!.end, tokens[k + 1]!.start)) && /^ال/.test(tokens[k + 1]!.text)) k++;
      const start = map[tokens[i]!.start + found.clitic]!;
      const end = map[tokens[k]!.end]!;
      if (blocked(start, end)) continue;
      // «اتفاق التجارة الحرة», «الاتفاق النووي»: a thing; «الاتفاق» alone: the latest of its kind.
      if (k > last) introduce(text.slice(start, end), found.head.kind, found.head.type, start, end, { start, end: map[tokens[last]!.end]! }, true);
      else if (found.definite && latest.has(found.head.kind)) mention(latest.get(found.head.kind)!, start, end, "coreference");
      i = k;
    }
  }
  return { things: things.map(({ entry, mentions }) => ({ entry, mentions })), inside };
}

// Bare words that refer back to an organisation the text has named: «الاتحاد» and "the Union" after the European
// Union, «التكتل» and "the bloc" after any bloc, «الحلف» and "the alliance" after NATO. Each is a `coreference`
// mention of the latest organisation before it that the word can name, so a bare «الاتحاد» in an article about the
// European Union never becomes the Eurasian Economic Union.
import type { GazetteerRecord } from "./gazetteer";
import { CONFIDENCE, tokenize } from "./find-mentions";
import { normalizeForMatching, normalizeText } from "./normalize-arabic";
import type { Lang, Mention, Sentence } from "./types";

type Fits = (e: GazetteerRecord) => boolean;
const named = (re: RegExp): Fits => (e) => re.test(`${e.name} ${e.nameAr ?? ""} ${e.aliases.join(" ")}`);
const UNION = named(/\bUnion\b|الاتحاد/u);
const ALLIANCE = named(/\bAlliance\b|\bTreaty\b|NATO|حلف/u);
const ORGANISATION = named(/\bOrgani[sz]ation\b|منظمة/u);
const ANY: Fits = () => true;

// Normalised Arabic words (without clitics) and English phrases, with what they may name.
const AR_WORDS = new Map<string, Fits>([
  [normalizeText("الاتحاد"), UNION],
  [normalizeText("التكتل"), ANY],
  [normalizeText("الحلف"), ALLIANCE],
  [normalizeText("المنظمة"), ORGANISATION],
]);
const EN_WORDS = /\bthe (Union|bloc|alliance|organi[sz]ation)\b/giu;
const EN_FITS: Record<string, Fits> = { union: UNION, bloc: ANY, alliance: ALLIANCE, organisation: ORGANISATION, organization: ORGANISATION };
const CLITIC = /^(?:و|ف|ب|ل|وب|ول|فب|فل)?(?=ال)/u;

export function referBack(text: string, sentences: Sentence[], lang: Lang, mentions: Mention[], entries: Map<string, GazetteerRecord>): Mention[] {
  const orgs = mentions.filter((m) => entries.get(m.entityId)?.type === "organization" && m.rule !== "coreference").sort((a, b) => a.start - b.start);
  if (!orgs.length) return [];
  const taken = (start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);
  const out: Mention[] = [];
  const refer = (start: number, end: number, fits: Fits) => {
    if (taken(start, end)) return;
    const antecedent = [...orgs].reverse().find((m) => m.end <= start && fits(entries.get(m.entityId)!));
    const sentence = sentences.findIndex((s) => start >= s.start && start < s.end);
    if (!antecedent || sentence < 0) return;
    out.push({ entityId: antecedent.entityId, sentence, start, end, surface: text.slice(start, end), rule: "coreference", confidence: CONFIDENCE.coreference });
  };
  if (lang === "ar") {
    const { text: norm, map } = normalizeForMatching(text);
    const tokens = tokenize(norm);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const clitic = t.text.match(CLITIC)?.[0] ?? "";
      // «للاتحاد» is ل + الاتحاد with the alif dropped.
      const word = t.text.startsWith("لل") ? `ال${t.text.slice(2)}` : t.text.slice(clitic.length);
      const fits = AR_WORDS.get(word);
      if (!fits) continue;
      // A definite word after it makes it part of a longer name («الاتحاد الأوروبي», «الاتحاد الروسي»): not bare.
      const next = tokens[i + 1];
      if (next && /^\s+$/.test(norm.slice(t.end, next.start)) && next.text.startsWith("ال")) continue;
      refer(map[t.start + (t.text.startsWith("لل") ? 0 : clitic.length)]!, map[t.end]!, fits);
    }
  } else {
    for (const m of text.matchAll(EN_WORDS)) {
      const start = m.index! + m[0].length - m[1]!.length;
      refer(start, start + m[1]!.length, EN_FITS[m[1]!.toLowerCase()]!);
    }
  }
  return out;
}

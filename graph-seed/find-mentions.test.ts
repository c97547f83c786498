import { describe, expect, it } from "vitest";
import { buildMatcher, editDistance, findMentions, similar } from "./find-mentions";
import { GAZETTEER } from "./gazetteer";
import { splitSentences } from "./split-sentences";

const matcher = buildMatcher(GAZETTEER);
const find = (text: string) => findMentions(text, splitSentences(text), matcher);
const brief = (text: string) => find(text).map((m) => `${m.entityId}:${m.surface}:${m.rule}`);

describe("findMentions", () => {
  it("strips Arabic clitics and keeps the article in the span", () => {
    expect(brief("زار وروسيا ثم للصين ثم الصين ثم والصين")).toEqual([
      "russia:روسيا:prefix",
      "china:للصين:prefix",
      "china:الصين:exact",
      "china:الصين:prefix",
    ]);
  });
  it("links adjectives and compounds to their countries", () => {
    expect(brief("العلاقات الصينية-الروسية")).toEqual(["china:الصينية:adjective", "russia:الروسية:adjective"]);
    expect(brief("Sino-Russian ties and Chinese trade")).toEqual(["china:Sino:adjective", "russia:Russian:adjective", "china:Chinese:adjective", "trade:trade:exact"]);
  });
  it("tolerates typos in names, with lower confidence", () => {
    const m = find("الصين ورسيا. وقال شي جينبيغ كلاما.");
    expect(m.map((x) => `${x.entityId}:${x.surface}:${x.rule}`)).toEqual(["china:الصين:exact", "russia:ورسيا:fuzzy", "xi-jinping:شي جينبيغ:fuzzy"]);
    expect(m[1]!.confidence).toBeLessThan(0.8);
    expect(brief("Rusia and Chnia")).toEqual(["russia:Rusia:fuzzy", "china:Chnia:fuzzy"]);
  });
  it("does not match short common words or near misses of common words", () => {
    expect(brief("في من على عالية الى")).toEqual([]);
    expect(brief("who said us and we")).toEqual([]);
  });
  it("matches acronyms case-sensitively and English possessives", () => {
    expect(brief("The BRI and the EAEU; China's plan; WHO experts")).toEqual([
      "belt-and-road-initiative:BRI:exact",
      "eurasian-economic-union:EAEU:exact",
      "china:China:exact",
      "world-health-organization:WHO:exact",
    ]);
  });
  it("resolves 'the two countries' (titles that refer back are resolve-titles.ts's)", () => {
    expect(brief("التقى شي جينبينغ بوتين. وقال الرئيس الصيني إن البلدين صديقان.")).toEqual([
      "xi-jinping:شي جينبينغ:exact",
      "vladimir-putin:بوتين:exact",
      "china:الصيني:adjective",
    ]);
    expect(brief("China and Russia met. The Russian leader Putin spoke; both countries agreed.")).toEqual([
      "china:China:exact",
      "russia:Russia:exact",
      "russia:Russian:adjective",
      "vladimir-putin:Putin:exact",
      "china:both countries:coreference",
      "russia:both countries:coreference",
    ]);
  });
  it("records offsets that slice the original text, diacritics and tatweel included", () => {
    const text = "قال إنّ الصِّينَ وروســيا جارتان.";
    for (const m of find(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(find(text).map((m) => m.surface)).toEqual(["الصِّينَ", "روســيا"]);
  });
});

describe("similar / editDistance", () => {
  it("counts a swap of neighbours once", () => {
    expect(editDistance("ورسيا", "روسيا", 2)).toBe(1);
    expect(similar("ورسيا", "روسيا")).toBe(true);
    expect(similar("عاليه", "ماليه")).toBe(false);
  });
});

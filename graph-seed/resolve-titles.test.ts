import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const references = (text: string, lang: "ar" | "en") =>
  extract({ text, lang, title: "t" })
    .entities.flatMap((e) => e.mentions.filter((m) => m.rule === "coreference" && m.surface !== "البلدين" && !/countries/.test(m.surface)).map((m) => `${m.sentence}:${e.id}:${m.surface}`));

describe("titles that refer back", () => {
  it("resolves a leader's title once the leader is named", () => {
    expect(references("التقى شي جينبينغ بوتين. وقال الرئيس الصيني إن البلدين صديقان.", "ar")).toEqual(["1:xi-jinping:الرئيس الصيني"]);
    expect(references("Putin met Xi. The Russian leader spoke.", "en")).toEqual(["1:vladimir-putin:Russian leader"]);
  });

  it("takes the role from the title: the German chancellor is not the German president", () => {
    const text = "استقبل الرئيس التركي رجب طيب أردوغان المستشار الألماني أولاف شولتس. ومن المنتظر أن يزور المستشار الألماني واشنطن. وقال الرئيس التركي إن الزيارة مهمة.";
    expect(references(text, "ar")).toEqual(["1:olaf-scholz:المستشار الألماني", "2:recep-tayyip-erdogan:الرئيس التركي"]);
  });

  it("prefers the person the document introduced with the title, even one the gazetteer lacks", () => {
    const text = "استقبل السيسي وزير الخارجية الإماراتي عبد الله بن زايد. وأشار الوزير الإماراتي إلى أهمية الزيارة.";
    expect(references(text, "ar")).toEqual(["1:عبد-الله-بن-زايد:الوزير الإماراتي"]);
    // Two chancellors in the gazetteer: the one this text named is meant.
    expect(references("German Chancellor Friedrich Merz arrived. The German chancellor said little.", "en")).toEqual(["1:friedrich-merz:German chancellor"]);
  });

  it("resolves nothing when no leader of that country is named", () => {
    expect(references("The Kenyan president spoke.", "en")).toEqual([]);
  });
});

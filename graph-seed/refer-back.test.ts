import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const mentionsOf = (text: string, lang: "ar" | "en", id: string) =>
  extract({ text, lang, title: "t" })
    .entities.find((e) => e.id === id)
    ?.mentions.map((m) => [m.surface, m.rule]);

describe("bare words that refer back to an organisation", () => {
  it("reads a bare «الاتحاد» after the European Union as the European Union, never the Eurasian Economic Union", () => {
    const text = "فرض الاتحاد الأوروبي عقوبات على إيران. وقال الاتحاد إن الخطوة ضرورية، وإن التكتل سيواصل الضغط.";
    const x = extract({ text, lang: "ar", title: "t" });
    expect(x.entities.map((e) => e.id)).not.toContain("eurasian-economic-union");
    expect(mentionsOf(text, "ar", "european-union")).toEqual([
      ["الاتحاد الأوروبي", "exact"],
      ["الاتحاد", "coreference"],
      ["التكتل", "coreference"],
    ]);
  });

  it("reads 'the Union' and 'the alliance' in English by what they can name, and nothing before any organisation", () => {
    const text = "The alliance met first. NATO and the European Union spoke. The Union said it agreed; the alliance did too.";
    expect(mentionsOf(text, "en", "european-union")).toEqual([
      ["European Union", "exact"],
      ["Union", "coreference"],
    ]);
    expect(mentionsOf(text, "en", "nato")).toEqual([
      ["NATO", "exact"],
      ["alliance", "coreference"],
    ]);
  });

  it("lets Brussels act for the European Union when the article names it, and for Belgium otherwise", () => {
    const rel = (text: string) =>
      extract({ text, lang: "en", title: "t" })
        .relations.filter((r) => r.type === "OPPOSES")
        .map((r) => `${r.source} ${r.type} ${r.target}`);
    expect(rel("The European Union met. Brussels imposed sanctions on Iran.")).toEqual(["european-union OPPOSES iran"]);
    expect(rel("Brussels imposed sanctions on Iran.")).toEqual(["belgium OPPOSES iran"]);
  });

  it("skips an institution between an Arabic title and the name («المتحدث باسم وزارة الخارجية …»)", () => {
    const x = extract({ text: "قال المتحدث باسم وزارة الخارجية الإيرانية إسماعيل بقائي ذلك.", lang: "ar", title: "t" });
    expect(x.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["إسماعيل بقائي"]);
  });
});

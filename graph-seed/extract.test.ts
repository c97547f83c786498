import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const text = fs.readFileSync(path.join(__dirname, "articles", "article-ar.txt"), "utf8");
const seed = () => extract({ text, lang: "ar", title: "seed" });

describe("extract on the seed article", () => {
  const x = seed();
  const ids = x.entities.map((e) => e.id);

  it("finds the entities the article names", () => {
    for (const id of ["china", "russia", "xi-jinping", "vladimir-putin", "belt-and-road-initiative", "eurasian-economic-union", "taiwan", "beijing", "moscow", "beijing-2022-winter-olympics", "covid-19-pandemic", "multilateralism", "hegemony", "cold-war-mentality", "bilateral-trade", "oil", "natural-gas"]) {
      expect(ids).toContain(id);
    }
  });

  it("keeps every mention inside its sentence, sliced exactly", () => {
    for (const e of x.entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        const s = x.sentences[m.sentence]!;
        expect(m.start).toBeGreaterThanOrEqual(s.start);
        expect(m.end).toBeLessThanOrEqual(s.end);
      }
    }
    for (const s of x.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("handles the article's typos, prefixes and compound adjectives", () => {
    const surfaces = (id: string) => x.entities.find((e) => e.id === id)!.mentions.map((m) => `${m.surface}:${m.rule}`);
    expect(surfaces("russia")).toContain("ورسيا:fuzzy");
    expect(surfaces("russia")).toContain("روسيا:prefix");
    expect(surfaces("xi-jinping")).toContain("شي جينبيغ:fuzzy");
    expect(surfaces("xi-jinping")).toContain("الرئيس الصيني:coreference");
    expect(surfaces("china")).toContain("للصين:prefix");
    const compound = text.indexOf("الصينية-الروسية");
    const atCompound = x.entities.flatMap((e) => e.mentions.filter((m) => m.start >= compound && m.end <= compound + 15).map(() => e.id));
    expect(atCompound.sort()).toEqual(["china", "russia"]);
  });

  it("never splits a sentence inside كوفيد-19", () => {
    expect(x.sentences.some((s) => s.text.includes("كوفيد-19"))).toBe(true);
  });

  it("links entities that share a sentence, one evidence per sentence", () => {
    const r = x.relations.find((r) => r.id === "co_mentioned:china:russia")!;
    expect(r.type).toBe("CO_MENTIONED");
    expect(r.properties?.weight).toBe(r.evidence.length);
    expect(new Set(r.evidence.map((e) => e.sentence)).size).toBe(r.evidence.length);
    for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(x.sentences[ev.sentence]!.text);
  });

  it("is deterministic, with a content-derived document id", () => {
    expect(seed()).toEqual(x);
    expect(x.document.id).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(extract({ text: text + " ", lang: "ar", title: "seed" }).document.id).not.toBe(x.document.id);
  });
});

describe("extract on English", () => {
  it("finds names, acronyms and adjectives", () => {
    const x = extract({ text: "Putin said Russia backs China's Belt and Road Initiative. The EAEU will cooperate with the BRI.", lang: "en", title: "t" });
    expect(x.entities.map((e) => e.id)).toEqual(["belt-and-road-initiative", "china", "eurasian-economic-union", "russia", "vladimir-putin"]);
  });
});

describe("a capital acting for a country the text never names", () => {
  const joined = (text: string, lang: "ar" | "en") => {
    const x = extract({ text, lang, title: "t" });
    const byId = new Map(x.entities.map((e) => [e.id, e]));
    return { x, byId, typed: x.relations.filter((r) => r.type !== "CO_MENTIONED").map((r) => `${r.source} ${r.type} ${r.target}`) };
  };

  it("makes the capital's span the country's mention, so the relation joins entities of the document", () => {
    const text = "Moscow firmly supports Beijing on Taiwan.";
    const { x, byId, typed } = joined(text, "en");
    expect(typed).toContain("russia SUPPORTS china");
    const china = byId.get("china")!.mentions;
    expect(china.map((m) => [m.rule, text.slice(m.start, m.end)])).toEqual([["metonymy", "Beijing"]]);
    expect(byId.get("beijing")!.mentions.map((m) => m.rule)).toEqual(["exact"]);
    // the city's own co-mentions stay; the derived country mention makes none of its own
    expect(x.relations.some((r) => r.type === "CO_MENTIONED" && (r.source === "china" || r.target === "china"))).toBe(false);
  });

  it("keeps the named country's own mentions when the text names it", () => {
    const { byId } = joined("China and Russia met. Moscow firmly supports Beijing on Taiwan.", "en");
    expect(byId.get("china")!.mentions.map((m) => m.rule)).toEqual(["exact"]);
  });

  it("never leaves a relation joining an entity the extraction does not hold (the fuzzer's case)", () => {
    const { x } = joined("supports Beijing\u202Eمصر", "en");
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) expect(ids.has(r.source) && ids.has(r.target), r.id).toBe(true);
  });
});

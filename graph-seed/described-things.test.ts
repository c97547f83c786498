import { describe, expect, it } from "vitest";
import { extract } from "./extract";

const entity = (text: string, lang: "ar" | "en", id: string) => extract({ text, lang, title: "t" }).entities.find((e) => e.id === id);
const relations = (text: string, lang: "ar" | "en") =>
  extract({ text, lang, title: "t" })
    .relations.filter((r) => r.type !== "CO_MENTIONED")
    .map((r) => `${r.source} ${r.type} ${r.target}`);

describe("things a text describes rather than names", () => {
  it("introduces an English agreement by its description and follows 'the deal' and 'the pact' back to it", () => {
    const text = "Kenya signed the long-awaited free trade agreement on Monday. Critics said the deal was rushed. The pact takes effect in May.";
    const fta = entity(text, "en", "free-trade-agreement")!;
    expect(fta.type).toBe("initiative");
    expect(fta.mentions.map((m) => [m.surface, m.rule])).toEqual([
      ["free trade agreement", "discovered"],
      ["deal", "coreference"],
      ["pact", "coreference"],
    ]);
    // The topic word inside the description gives way to it.
    expect(entity(text, "en", "trade")).toBeUndefined();
  });

  it("keeps a named actor inside a description as itself, and ignores plurals and bare mentions before any description", () => {
    const text = "The deal was late. Brussels backed the EU-Mercosur deal, and signed agreements on wine.";
    const x = extract({ text, lang: "en", title: "t" });
    expect(x.entities.find((e) => e.id === "european-union")?.mentions.map((m) => m.surface)).toEqual(["EU"]);
    const deal = x.entities.find((e) => e.type === "initiative")!;
    expect(deal.name).toBe("EU-Mercosur deal");
    expect(deal.mentions.map((m) => m.surface)).toEqual(["deal"]);
  });

  it("reads an Arabic agreement with its definite modifiers, and a bare «الاتفاق» after it as the same", () => {
    const text = "وقعت مصر اتفاق التجارة الحرة مع كينيا. وقال الوزير إن الاتفاق يدخل حيز التنفيذ العام المقبل.";
    const x = extract({ text, lang: "ar", title: "t" });
    const deal = x.entities.find((e) => e.type === "initiative")!;
    expect(deal.mentions.map((m) => [m.surface, m.rule])).toEqual([
      ["اتفاق التجارة الحرة", "discovered"],
      ["الاتفاق", "coreference"],
    ]);
  });

  it("lets a described thing take part in a relation", () => {
    expect(relations("Germany and Spain voted for the free trade agreement.", "en")).toEqual(expect.arrayContaining(["germany SUPPORTS free-trade-agreement", "spain SUPPORTS free-trade-agreement"]));
    expect(relations("Italy backed the plan. France voted against, along with Poland.", "en")).not.toContain("france OPPOSES poland");
  });
});

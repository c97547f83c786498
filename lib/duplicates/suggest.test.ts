import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../../graph-seed/gazetteer";
import { type DuplicateCandidate, nameEvidence, pairKey, scoreOf, suggestDuplicates } from "./suggest";

const entity = (id: string, name: string, more: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ id, name, type: "person", aliases: [], degree: 0, ...more });

describe("suggestDuplicates", () => {
  it("finds each kind of duplicate, with its evidence", () => {
    const entities = [
      entity("ayman-safadi", "Ayman Safadi", { degree: 5 }),
      entity("ايمن-الصفدي", "أيمن الصفدي", { nameAr: "أيمن الصفدي" }),
      entity("tamora-belund", "Tamora Belund", { degree: 2 }),
      entity("t-belund", "T. Belund"),
      entity("kovar-institute", "Kovar Institute", { type: "organization", aliases: ["KI Kovar"] }),
      entity("ki-kovar", "KI Kovar", { type: "organization" }),
      entity("a", "Alpha Group", { type: "organization", wikidata: "Q1" }),
      entity("b", "Beta Holdings", { type: "organization", wikidata: "Q1" }),
      entity("delmiranos-petrakis", "Delmiranos Petrakis"),
      entity("delmiranos-petraks", "Delmiranos Petraks"),
    ];
    const found = suggestDuplicates(entities);
    const reasons = Object.fromEntries(found.map((s) => [pairKey(s.into.id, s.source.id), s.evidence.map((e) => e.reason)]));
    expect(reasons).toEqual({
      [pairKey("ayman-safadi", "ايمن-الصفدي")]: ["transliteration"],
      [pairKey("tamora-belund", "t-belund")]: ["initials"],
      [pairKey("kovar-institute", "ki-kovar")]: ["alias"],
      [pairKey("a", "b")]: ["wikidata"],
      [pairKey("delmiranos-petrakis", "delmiranos-petraks")]: ["near-identical"],
    });
    // The better connected one is kept.
    expect(found.find((s) => s.source.id === "ايمن-الصفدي")?.into.id).toBe("ayman-safadi");
  });

  it("keeps apart what differs in type or in Wikidata id, and what is dismissed", () => {
    expect(nameEvidence(entity("x", "Georgia", { type: "country" }), entity("y", "Georgia", { type: "person" }))).toEqual([]);
    expect(nameEvidence(entity("x", "Ayman Safadi", { wikidata: "Q1" }), entity("y", "Ayman Safadi", { wikidata: "Q2" }))).toEqual([]);
    const pair = [entity("x", "Ayman Safadi"), entity("y", "أيمن الصفدي")];
    expect(suggestDuplicates(pair)).toHaveLength(1);
    expect(suggestDuplicates(pair, { skip: new Set([pairKey("y", "x")]) })).toHaveLength(0);
  });

  it("suggests next to nothing among the gazetteer's own entities, which are all different", () => {
    const entities = GAZETTEER.map((e) => entity(e.id, e.name, { nameAr: e.nameAr, type: e.type, aliases: e.aliases, wikidata: e.wikidata }));
    expect(suggestDuplicates(entities).length).toBeLessThanOrEqual(3);
  });

  it("weighs evidence against a pair", () => {
    expect(scoreOf([{ reason: "alias", detail: "", weight: 0.9 }])).toBe(0.9);
    expect(scoreOf([{ reason: "alias", detail: "", weight: 0.9 }, { reason: "side-by-side", detail: "", weight: -0.5 }])).toBe(0.45);
    expect(scoreOf([{ reason: "alias", detail: "", weight: 0.5 }, { reason: "same-role", detail: "", weight: 0.5 }])).toBe(0.75);
  });
});

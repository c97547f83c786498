import { describe, expect, it } from "vitest";
import { applyEdit, combineEntities, distinctNames } from "./combine";
import type { EntitySnapshot } from "./types";

const entity = (over: Partial<EntitySnapshot>): EntitySnapshot => ({ id: "x", name: "X", type: "person", aliases: [], otherWikidata: [], mergedFrom: [], ...over });

describe("distinctNames", () => {
  it("keeps the first spelling of each name, ignoring case and the excluded ones", () => {
    expect(distinctNames(["Xi", " xi ", "", null, "XI Jinping", "Putin"], ["putin"])).toEqual(["Xi", "XI Jinping"]);
  });
});

describe("combineEntities", () => {
  it("gives the target every name, alias and Wikidata id of both, once", () => {
    const source = entity({ id: "prc", name: "PRC", nameAr: "جمهورية الصين", aliases: ["People's Republic", "China"], wikidata: "Q148", mergedFrom: ["cn"] });
    const target = entity({ id: "china", name: "China", nameAr: "الصين", type: "country", aliases: ["Zhongguo"], wikidata: "Q29520", otherWikidata: [] });
    expect(combineEntities(source, target)).toEqual({
      id: "china",
      name: "China",
      nameAr: "الصين",
      type: "country",
      aliases: ["Zhongguo", "PRC", "جمهورية الصين", "People's Republic"],
      wikidata: "Q29520",
      otherWikidata: ["Q148"],
      mergedFrom: ["prc", "cn"],
    });
  });

  it("fills the target's missing Arabic name and Wikidata id from the source", () => {
    const merged = combineEntities(entity({ id: "a", name: "Ayman", nameAr: "أيمن", wikidata: "Q1" }), entity({ id: "b", name: "Ayman Safadi" }));
    expect(merged).toMatchObject({ nameAr: "أيمن", wikidata: "Q1", aliases: ["Ayman"], otherWikidata: [] });
  });
});

describe("applyEdit", () => {
  it("keeps the old name as an alias when renaming, unless the aliases are given", () => {
    expect(applyEdit(entity({ name: "Xi" }), { name: "Xi Jinping" }).aliases).toEqual(["Xi"]);
    expect(applyEdit(entity({ name: "Xi" }), { name: "Xi Jinping", aliases: ["Chairman Xi"] }).aliases).toEqual(["Chairman Xi"]);
  });
  it("clears optional fields with null", () => {
    const e = applyEdit(entity({ nameAr: "شي", wikidata: "Q1" }), { nameAr: null, wikidata: null });
    expect(e.nameAr).toBeUndefined();
    expect(e.wikidata).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../../graph-seed/gazetteer";
import { extract } from "../../graph-seed/extract";
import { aliasList, curatedGazetteer } from "./aliases";
import type { CurationRecord, EntitySnapshot } from "./types";

const snap = (id: string, name: string, type = "person", aliases: string[] = []): EntitySnapshot => ({ id, name, type, aliases, otherWikidata: [], mergedFrom: [] });
const record = (id: number, payload: CurationRecord["payload"], target: string): CurationRecord => ({ id, kind: payload.kind, target, payload, createdAt: "", summary: "" });

describe("curatedGazetteer (the local alias list)", () => {
  it("is the built-in gazetteer itself when nothing teaches it", () => {
    expect(curatedGazetteer([], GAZETTEER)).toBe(GAZETTEER);
  });

  it("a merge makes the merged names find the entity that remains, on the next article", () => {
    const merge = record(1, { kind: "merge", source: snap("ayman", "Ayman"), target: snap("ayman-safadi", "Ayman Safadi") }, "ayman-safadi");
    const g = curatedGazetteer([merge], GAZETTEER);
    const x = extract({ text: "Ayman Safadi met Ayman in Amman.", lang: "en", title: "t" }, g);
    expect(x.entities.map((e) => e.id)).not.toContain("ayman");
    expect(x.entities.find((e) => e.id === "ayman-safadi")!.mentions.map((m) => m.surface)).toEqual(["Ayman Safadi", "Ayman"]);
    expect(aliasList(g, GAZETTEER)).toEqual([{ id: "ayman-safadi", name: "Ayman Safadi", type: "person", added: ["Ayman Safadi", "Ayman"], replaces: [] }]);
  });

  it("merging a built-in entry removes it and points its capital at the survivor", () => {
    const merge = record(2, { kind: "merge", source: snap("russia", "Russia", "country"), target: snap("ukraine", "Ukraine", "country") }, "ukraine");
    const g = curatedGazetteer([merge], GAZETTEER);
    expect(g.find((e) => e.id === "russia")).toBeUndefined();
    expect(g.find((e) => e.id === "moscow")?.capitalOf).toBe("ukraine");
    expect(g.find((e) => e.id === "ukraine")?.aliases).toEqual(expect.arrayContaining(["Russia", "روسيا", "Russian Federation"]));
    expect(g.find((e) => e.id === "ukraine")?.adjectives).toEqual(expect.arrayContaining(["Russian", "Ukrainian"]));
  });

  it("an edit renames the entry and keeps the old name as an alias", () => {
    const before = snap("taiwan", "Taiwan", "country");
    const after = { ...before, name: "Taiwan (ROC)", aliases: ["Taiwan"] };
    const g = curatedGazetteer([record(3, { kind: "edit", fields: { name: "Taiwan (ROC)" }, before, after }, "taiwan")], GAZETTEER);
    const x = extract({ text: "Taiwan held elections.", lang: "en", title: "t" }, g);
    expect(x.entities.map((e) => [e.id, e.name])).toEqual([["taiwan", "Taiwan (ROC)"]]);
  });
});

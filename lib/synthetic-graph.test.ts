import { GAZETTEER } from "../graph-seed/gazetteer";
import { describe, expect, it } from "vitest";
import { syntheticCorpusGraph, syntheticGraph } from "./synthetic-graph";

describe("syntheticGraph", () => {
  it("has the asked sizes, consistent edges and a position for every node", () => {
    const { graph, positions } = syntheticGraph(500, 1200);
    expect(graph.nodes).toHaveLength(500);
    expect(graph.edges).toHaveLength(1200);
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target) && e.source !== e.target).toBe(true);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(1200);
    for (const n of graph.nodes) expect(Number.isFinite(positions[n.id]?.x) && Number.isFinite(positions[n.id]?.y)).toBe(true);
    expect(graph.nodes.reduce((s, n) => s + n.degree, 0)).toBe(2 * 1200);
  });

  it("is the same for the same seed", () => {
    expect(syntheticGraph(100, 200)).toEqual(syntheticGraph(100, 200));
    expect(syntheticGraph(100, 200, 1)).not.toEqual(syntheticGraph(100, 200, 2));
  });
});

describe("syntheticCorpusGraph", () => {
  const gazetteer = GAZETTEER.map((e) => ({ id: e.id, name: e.name, nameAr: e.nameAr, type: e.type, aliases: e.aliases, wikidata: e.wikidata }));
  const corpus = syntheticCorpusGraph(gazetteer, { entities: 3_000, relations: 20_000, documents: 100 });

  it("makes the entities asked for, unique, with duplicates planted among them", () => {
    expect(corpus.entities).toHaveLength(3_000);
    expect(new Set(corpus.entities.map((e) => e.id)).size).toBe(3_000);
    const ids = new Set(corpus.entities.map((e) => e.id));
    expect(corpus.planted.length).toBeGreaterThanOrEqual(40);
    for (const p of corpus.planted) expect(ids.has(p.a) && ids.has(p.b)).toBe(true);
    expect(new Set(corpus.planted.map((p) => p.kind))).toEqual(new Set(["transliteration", "initials", "alias", "wikidata", "typo"]));
  });

  it("makes the relations asked for, between entities it made, the same on every call", () => {
    const ids = new Set(corpus.entities.map((e) => e.id));
    const all = [...corpus.relations(7_000)].flat();
    expect(all).toHaveLength(20_000);
    expect(new Set(all.map((r) => r.id)).size).toBe(20_000);
    expect(all.every((r) => ids.has(r.source) && ids.has(r.target) && r.source !== r.target)).toBe(true);
    expect([...corpus.relations(20_000)].flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
  });

  it("dates nine documents in ten", () => {
    expect(corpus.documents.filter((d) => d.publishedAt).length).toBe(90);
  });
});

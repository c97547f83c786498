import { describe, expect, it } from "vitest";
import { syntheticGraph } from "./synthetic-graph";

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

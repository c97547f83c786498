import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode, GraphView } from "@/lib/types";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";
import { graphStatus as statusIn, type StatusWords } from "./graph-status";

const english = createTranslator({ locale: "en-u-nu-latn", messages: en, namespace: "graphStatus" }) as unknown as StatusWords;
const format = (n: number) => new Intl.NumberFormat("en-u-nu-latn").format(n);
const graphStatus = (graph: GraphView, shown?: { nodes: number; edges: number } | null) => statusIn(english, graph, shown, format);
import { mergeExpansion } from "./use-graph-data";

const view = (n: number, e: number, total: { nodes: number; edges: number }): GraphView => ({
  nodes: Array.from({ length: n }, (_, i): GraphNode => ({ id: `n${i}`, label: `N${i}`, type: "other", degree: 1 })),
  edges: Array.from({ length: e }, (_, i): GraphEdge => ({ id: `e${i}`, source: "n0", target: "n1", type: "CO_MENTIONED", weight: 1, evidenceCount: 1, confidence: 1 })),
  truncated: total.nodes > n || total.edges > e,
  total,
});

describe("graphStatus", () => {
  it("counts what is shown when nothing was cut", () => {
    expect(graphStatus(view(3, 2, { nodes: 3, edges: 2 }))).toBe("3 entities, 2 relations");
  });
  it("counts what the filters leave on screen of what was read", () => {
    expect(graphStatus(view(28, 139, { nodes: 28, edges: 139 }), { nodes: 12, edges: 16 })).toBe("12 of 28 entities, 16 of 139 relations");
    expect(graphStatus(view(28, 139, { nodes: 28, edges: 139 }), { nodes: 28, edges: 16 })).toBe("28 entities, 16 of 139 relations");
    expect(graphStatus(view(28, 139, { nodes: 28, edges: 139 }), { nodes: 28, edges: 139 })).toBe("28 entities, 139 relations");
  });
  it("says which relations it kept and of how many", () => {
    expect(graphStatus(view(58, 300, { nodes: 58, edges: 3027 }))).toBe("58 entities, 300 relations · showing the strongest 300 of 3,027 relations among them");
  });
  it("says so when entities were cut too", () => {
    expect(graphStatus(view(100, 300, { nodes: 340, edges: 5000 }))).toBe(
      "100 entities, 300 relations · the most connected 100 of 340 entities · showing the strongest 300 of 5,000 relations among them",
    );
  });
});

describe("an expansion merged into a view", () => {
  const node = (id: string): GraphNode => ({ id, label: id, type: "other", degree: 1 });
  const edge = (id: string, source: string, target: string): GraphEdge => ({ id, source, target, type: "CO_MENTIONED", weight: 1, evidenceCount: 1, confidence: 1 });
  const base: GraphView = { nodes: [node("a"), node("b")], edges: [edge("ab", "a", "b")], truncated: false, total: { nodes: 2, edges: 1 } };

  it("adds the newcomers and their relations, and says nothing was cut when nothing was", () => {
    const merged = mergeExpansion(base, { entity: node("a"), nodes: [node("c")], edges: [edge("ac", "a", "c"), edge("ab", "a", "b")], edgesTotal: 2, remaining: 0 });
    expect(merged.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(merged.edges.map((e) => e.id)).toEqual(["ab", "ac"]);
    expect(graphStatus(merged)).toBe("3 entities, 2 relations");
  });

  it("keeps counting the relations the expansion's cap left out", () => {
    const merged = mergeExpansion(base, { entity: node("a"), nodes: [node("c"), node("d")], edges: [edge("ac", "a", "c")], edgesTotal: 40, remaining: 0 });
    expect(merged.truncated).toBe(true);
    expect(graphStatus(merged)).toBe("4 entities, 2 relations · showing the strongest 2 of 41 relations among them");
  });
  it("speaks Arabic with its plural forms and the reader's digits", () => {
    const arabic = createTranslator({ locale: "ar-u-nu-latn", messages: ar, namespace: "graphStatus" }) as unknown as StatusWords;
    expect(statusIn(arabic, view(2, 11, { nodes: 2, edges: 11 }))).toBe("كيانان، 11 علاقة");
    expect(statusIn(arabic, view(28, 3, { nodes: 28, edges: 3 }), { nodes: 1, edges: 3 })).toBe("1 من 28 كيانًا، 3 علاقات");
    const eastern = createTranslator({ locale: "ar-u-nu-arab", messages: ar, namespace: "graphStatus" }) as unknown as StatusWords;
    expect(statusIn(eastern, view(100, 3, { nodes: 100, edges: 3 }))).toBe("١٠٠ كيان، ٣ علاقات");
  });
});

// A path as the list reads it: each step from one entity to the next, with the relation's true direction.
import type { GraphEdge } from "@/lib/types";
import { directionFrom, type Direction } from "@/app/_components/shared/relation-words";

export interface PathStep {
  /** The entity the step starts from (in the path's order, from its first end to its last). */
  from: string;
  to: string;
  edge: string;
  type: string;
  /** "out": the relation runs from `from` to `to`; "in": from `to` to `from`; "both": a symmetric type. */
  direction: Direction;
  /** The relation's own ends, whatever the path's order. */
  source: string;
  target: string;
}

/** The steps of one path; an edge missing from `edges` (never, from the API) reads as undirected. */
export function pathSteps(path: { nodes: string[]; edges: string[] }, edges: readonly GraphEdge[]): PathStep[] {
  const byId = new Map(edges.map((e) => [e.id, e]));
  return path.edges.map((id, i) => {
    const from = path.nodes[i]!;
    const to = path.nodes[i + 1]!;
    const edge = byId.get(id);
    if (!edge) return { from, to, edge: id, type: id.split(":")[0]!.toUpperCase(), direction: "both", source: from, target: to };
    return { from, to, edge: id, type: edge.type, direction: directionFrom(edge, from), source: edge.source, target: edge.target };
  });
}

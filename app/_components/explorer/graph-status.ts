// The status line's account of a graph view: how much is on screen of what was read, and, when the route's caps cut,
// of how much.
import type { GraphView } from "@/lib/types";

const count = (n: number) => n.toLocaleString("en");

/**
 * "12 of 28 entities, 16 of 139 relations" when the filters hide some (`shown`: what the canvas shows), "28 entities,
 * 139 relations" when they hide nothing, followed by what the caps cut: "the most connected 100 of 340 entities ·
 * showing the strongest 300 of 3,027 relations among them".
 */
export function graphStatus(graph: GraphView, shown?: { nodes: number; edges: number } | null): string {
  const { nodes, edges, total } = graph;
  const notes: string[] = [];
  if (total.nodes > nodes.length) notes.push(`the most connected ${count(nodes.length)} of ${count(total.nodes)} entities`);
  if (total.edges > edges.length) notes.push(`showing the strongest ${count(edges.length)} of ${count(total.edges)} relations among them`);
  const of = (n: number | undefined, all: number, what: string) => (n === undefined || n === all ? `${count(all)} ${what}` : `${count(n)} of ${count(all)} ${what}`);
  return [`${of(shown?.nodes, nodes.length, "entities")}, ${of(shown?.edges, edges.length, "relations")}`, ...notes].join(" · ");
}

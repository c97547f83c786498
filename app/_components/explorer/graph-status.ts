// The status line's account of a graph view: how much is shown and, when the route's caps cut, of how much.
import type { GraphView } from "@/lib/types";

const count = (n: number) => n.toLocaleString("en");

/** "58 entities, 300 relations · showing the strongest 300 of 3,027 relations among them" and the like. */
export function graphStatus(graph: GraphView): string {
  const { nodes, edges, total } = graph;
  const notes: string[] = [];
  if (total.nodes > nodes.length) notes.push(`the most connected ${count(nodes.length)} of ${count(total.nodes)} entities`);
  if (total.edges > edges.length) notes.push(`showing the strongest ${count(edges.length)} of ${count(total.edges)} relations among them`);
  return [`${count(nodes.length)} entities, ${count(edges.length)} relations`, ...notes].join(" · ");
}

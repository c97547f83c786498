// The status line's account of a graph view: how much is on screen of what was read, and, when the route's caps cut,
// of how much. Words from the catalogue's `graphStatus` namespace, numbers in the reader's digits.
import type { GraphView } from "@/lib/types";

type StatusKey = "entities" | "relations" | "entitiesOf" | "relationsOf" | "both" | "mostConnected" | "strongest";
/** The `graphStatus` translator (useTranslations("graphStatus")), or any function with its shape. */
export type StatusWords = (key: StatusKey, values: Record<string, string | number>) => string;

/**
 * "12 of 28 entities, 16 of 139 relations" when the filters hide some (`shown`: what the canvas shows), "28 entities,
 * 139 relations" when they hide nothing, followed by what the caps cut: "the most connected 100 of 340 entities ·
 * showing the strongest 300 of 3,027 relations among them".
 */
export function graphStatus(t: StatusWords, graph: GraphView, shown?: { nodes: number; edges: number } | null, format: (n: number) => string = String): string {
  const { nodes, edges, total } = graph;
  const notes: string[] = [];
  if (total.nodes > nodes.length) notes.push(t("mostConnected", { shown: format(nodes.length), count: total.nodes }));
  if (total.edges > edges.length) notes.push(t("strongest", { shown: format(edges.length), count: total.edges }));
  const of = (n: number | undefined, all: number, what: "entities" | "relations") =>
    n === undefined || n === all ? t(what, { count: all }) : t(what === "entities" ? "entitiesOf" : "relationsOf", { shown: format(n), count: all });
  return [t("both", { entities: of(shown?.nodes, nodes.length, "entities"), relations: of(shown?.edges, edges.length, "relations") }), ...notes].join(" · ");
}

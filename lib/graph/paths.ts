// Shortest paths between two entities, through relations between entities only, capped in length and number.
import "server-only";
import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { NotFoundError } from "../errors";
import { readTx } from "../neo4j";
import type { EntityName, GraphEdge, GraphNode, PathsResult } from "../types";
import { entityNameFrom, nodeFields } from "./model";
import { type DateRange, degreeWith, documentsInRange, EDGE_IN_RANGE, ENTITY_RELATIONS, REJECTED_ENDS, SHOWN, toGraphEdge, toGraphNode } from "./views";
import { toNumber } from "./values";

export const PATHS_MAX_DEFAULT = 10;
export const PATHS_MAX_LENGTH = 6;

/**
 * All shortest paths from `from` to `to` (at most `max` of them, at most `maxLength` relations long), as entity and
 * relation ids plus their union as a graph the canvas can show. `coMentions: false` keeps to typed relations; rejected
 * relations are left out unless `rejected`; with `since`/`until`, only relations evidenced in documents published then.
 */
export async function findPaths(from: string, to: string, opts: { max?: number; maxLength?: number; coMentions?: boolean; rejected?: boolean } & DateRange = {}): Promise<PathsResult> {
  const max = Math.max(1, Math.trunc(opts.max ?? PATHS_MAX_DEFAULT));
  // Interpolated below (a quantifier takes no parameter): an integer clamped to 1..PATHS_MAX_LENGTH.
  const maxLength = Math.min(PATHS_MAX_LENGTH, Math.max(1, Math.trunc(opts.maxLength ?? PATHS_MAX_LENGTH)));
  const coMentions = opts.coMentions ?? true;
  const rejected = opts.rejected === true;
  return readTx(async (tx) => {
    const ends = await tx.run(`UNWIND [$from, $to] AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, CASE WHEN e IS NULL THEN null ELSE ${nodeFields("e")} END AS e`, { from, to });
    for (const r of ends.records) if (!r.get("e")) throw new NotFoundError(`no entity with id "${r.get("id")}"`);
    const docs = await documentsInRange(tx, opts);
    // The ends' names travel with the answer: a view with no path still names what it looked for.
    const [fromEnd, toEnd] = ends.records.map((r) => entityNameFrom(r.get("e") as Record<string, unknown>)) as [EntityName, EntityName];
    // One more than asked tells whether the list was cut.
    const res = await tx.run(
      `MATCH p = ALL SHORTEST (:Entity {id: $from}) ((:Entity)-[r:${ENTITY_RELATIONS}]-(:Entity) WHERE ($coMentions OR type(r) <> 'CO_MENTIONED') AND ${SHOWN} AND ${EDGE_IN_RANGE}){1,${maxLength}} (:Entity {id: $to})
       RETURN nodes(p) AS ns, [x IN relationships(p) | {r: x, source: startNode(x).id, target: endNode(x).id}] AS rs
       LIMIT $limit`,
      { from, to, coMentions, rejected, docs, limit: neo4j.int(max + 1) },
    );
    const records = res.records.slice(0, max);
    const nodes = new Map<string, Node>();
    const edges = new Map<string, GraphEdge>();
    const paths = records.map((record) => {
      const ns = record.get("ns") as Node[];
      const rs = record.get("rs") as { r: Relationship; source: string; target: string }[];
      for (const n of ns) nodes.set(String(n.properties.id), n);
      const edgeIds = rs.map(({ r, source, target }) => {
        const edge = toGraphEdge(r, source, target);
        edges.set(edge.id, edge);
        return edge.id;
      });
      return { nodes: ns.map((n) => String(n.properties.id)), edges: edgeIds };
    });
    let graphNodes: GraphNode[] = [];
    if (nodes.size) {
      const degrees = await tx.run(`WITH ${REJECTED_ENDS} AS rejectedEnds MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, ${degreeWith("rejectedEnds")} AS degree`, { ids: [...nodes.keys()] });
      const degreeOf = new Map(degrees.records.map((r) => [String(r.get("id")), toNumber(r.get("degree"))]));
      graphNodes = [...nodes.values()].map((n) => toGraphNode(n, degreeOf.get(String(n.properties.id)) ?? 0));
    }
    return {
      from,
      to,
      ends: { from: fromEnd, to: toEnd },
      length: paths[0] ? paths[0].edges.length : null,
      paths,
      truncated: res.records.length > max,
      graph: { nodes: graphNodes, edges: [...edges.values()], truncated: false, total: { nodes: graphNodes.length, edges: edges.size } },
    };
  });
}

// Expanding one entity in place: the next page of its neighbours that the canvas does not show yet, and the edges that tie them in.
import "server-only";
import neo4j, { type Relationship } from "neo4j-driver";
import { NotFoundError } from "../errors";
import { readTx } from "../neo4j";
import type { ExpandResult, GraphNode } from "../types";
import { GRAPH_EDGES_DEFAULT, GRAPH_EDGES_MAX } from "./limits";
import { type DateRange, DEGREE, degreeWith, documentsInRange, EDGE_IN_DOCUMENT, EDGE_IN_RANGE, EDGE_ORDER, ENTITY_RELATIONS, IN_DOCUMENT, IN_RANGE, REJECTED_ENDS, requireDocument, SHOWN, toGraphEdge, toGraphNode, TYPED_RELATIONS } from "./views";
import { toNumber } from "./values";

export const EXPAND_LIMIT_DEFAULT = 100;

/**
 * Neighbours of `id` not among `visible` (`typed`: through typed relations only), most connected first (ties by id), at most `limit`; `remaining` says how many
 * more a further call would bring. Edges: the relations between a new node (or `id`) and any node now on the canvas,
 * at most `edges` (`edgesTotal` before the cut), ranked as a graph view's are.
 * Stateless and deterministic, so replaying the same expansions on the same base reproduces a view.
 */
export async function expandEntity(id: string, opts: { limit?: number; edges?: number; visible?: string[]; document?: string; rejected?: boolean; typed?: boolean } & DateRange = {}): Promise<ExpandResult> {
  const rejected = opts.rejected === true;
  const edgeCap = Math.min(Math.max(1, Math.trunc(opts.edges ?? GRAPH_EDGES_DEFAULT)), GRAPH_EDGES_MAX);
  const limit = Math.max(1, Math.trunc(opts.limit ?? EXPAND_LIMIT_DEFAULT));
  const visible = [...new Set(opts.visible ?? [])];
  const document = opts.document ?? null;
  return readTx(async (tx) => {
    const found = await tx.run("MATCH (e:Entity {id: $id}) RETURN e, " + DEGREE + " AS degree", { id });
    const record = found.records[0];
    if (!record) throw new NotFoundError(`no entity with id "${id}"`);
    await requireDocument(tx, document);
    const docs = await documentsInRange(tx, opts);
    const res = await tx.run(
      `MATCH (:Entity {id: $id})-[r:${opts.typed ? TYPED_RELATIONS : ENTITY_RELATIONS}]-(e:Entity)
       WHERE e.id <> $id AND NOT e.id IN $visible AND ${SHOWN}
         AND ${IN_DOCUMENT} AND ${EDGE_IN_RANGE} AND ${IN_RANGE}
       WITH collect(DISTINCT e) AS around, ${REJECTED_ENDS} AS rejectedEnds
       UNWIND around AS e
       WITH e, ${degreeWith("rejectedEnds")} AS degree
       ORDER BY degree DESC, e.id
       WITH collect({e: e, degree: degree}) AS ranked
       RETURN size(ranked) AS total, ranked[0..$limit] AS page`,
      { id, visible, limit: neo4j.int(limit), document, rejected, docs },
    );
    const row = res.records[0];
    const total = toNumber(row?.get("total"));
    const nodes: GraphNode[] = ((row?.get("page") ?? []) as { e: Parameters<typeof toGraphNode>[0]; degree: unknown }[]).map((x) => toGraphNode(x.e, x.degree));
    const fresh = [id, ...nodes.map((n) => n.id)];
    const all = [...new Set([...fresh, ...visible])];
    // Ranked and cut as a graph view's relations are (GRAPH_STATEMENTS.edges): the expanded entity's own first, typed
    // before co-mentions, then the strongest; `total` is how many tie the newcomers in before the cut.
    const edgeRes = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE ((a.id IN $fresh AND b.id IN $all) OR (b.id IN $fresh AND a.id IN $all)) AND ${SHOWN} AND ${EDGE_IN_DOCUMENT} AND ${EDGE_IN_RANGE}
       WITH DISTINCT r, a.id AS source, b.id AS target
       ${EDGE_ORDER}
       WITH collect([r, source, target]) AS shown
       RETURN size(shown) AS total, shown[0..$edges] AS page`,
      { fresh, all, document, rejected, docs, focus: id, edges: neo4j.int(edgeCap) },
    );
    const page = (edgeRes.records[0]?.get("page") ?? []) as [Relationship, string, string][];
    return {
      entity: toGraphNode(record.get("e"), record.get("degree")),
      nodes,
      edges: page.map(([r, source, target]) => toGraphEdge(r, source, target)),
      edgesTotal: toNumber(edgeRes.records[0]?.get("total") ?? 0),
      remaining: Math.max(0, total - nodes.length),
    };
  });
}

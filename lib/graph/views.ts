// Read use cases of the graph, one typed function each; Cypher stays here, plain objects leave.
import "server-only";
import neo4j, { isNode, type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import { NotFoundError } from "../errors";
import { readTx } from "../neo4j";
import type { EntityDetails, EntityRelation, EvidenceView, GraphEdge, GraphNode, GraphView, MentionView, RelationDetails } from "../types";
import { edgeFields, entityFromProperties, entityNameFrom, graphEdgeFrom, graphNodeFrom, nodeFields, RELATION_BOOKKEEPING, relationSummaryFrom, RELATION_TYPES, SYMMETRIC_TYPES } from "./model";
import { toNumber } from "./values";
import { cachedView } from "./view-cache";

import { FOCUS_LIMIT_DEFAULT, GRAPH_EDGES_DEFAULT, GRAPH_EDGES_MAX, GRAPH_LIMIT_DEFAULT, GRAPH_LIMIT_MAX } from "./limits";

/** An entity node (or the map `nodeFields` projected from one) as the canvas sees it. */
export function toGraphNode(node: Node | Record<string, unknown>, degree: unknown): GraphNode {
  return graphNodeFrom((isNode(node) ? node.properties : node) as Record<string, unknown>, degree);
}

/** A relationship between two entities as the canvas sees it. */
export function toGraphEdge(rel: Relationship, source: unknown, target: unknown): GraphEdge {
  return graphEdgeFrom({ ...(rel.properties as Record<string, unknown>), id: rel.properties.id ?? rel.elementId, type: rel.type, source, target });
}

// Relations between entities have the pipeline's types and only those (the writer, curation and the relation
// types all come from RELATION_TYPES); an entity's other relationships are the MENTIONS of every sentence naming it.
export const ENTITY_RELATIONS = Object.keys(RELATION_TYPES).join("|");
/** The typed relations: every type but CO_MENTIONED. */
export const TYPED_RELATIONS = Object.keys(RELATION_TYPES)
  .filter((t) => t !== "CO_MENTIONED")
  .join("|");

// Rejected relations are kept but do not count, and stay hidden unless asked for ($rejected).
// A degree is read from Neo4j's relationship counts (walking the MENTIONS of a much-named entity was most of the work;
// docs/reliability.md, Load), less one for each rejected
// relation at that entity. Rejected relations are found through their index (schema.ts: one per type), one seek
// per type for the whole statement, not per entity. `rejectedEnds`: the ends' ids, an id once per rejected relation.
export const REJECTED_ENDS = `COLLECT { ${Object.keys(RELATION_TYPES)
  .map((type) => `MATCH (a)-[r:${type}]->(b) WHERE r.rejected IS NOT NULL UNWIND [a.id, b.id] AS x RETURN x`)
  .join(" UNION ALL ")} }`;
/** The element ids of every rejected relation, through the same indexes: a relation's own `rejected` is then never read. */
export const REJECTED_RELATIONS = `COLLECT { ${Object.keys(RELATION_TYPES)
  .map((type) => `MATCH ()-[x:${type}]->() WHERE x.rejected IS NOT NULL RETURN elementId(x) AS x`)
  .join(" UNION ALL ")} }`;
/** The degree of `e`, with the list of rejected relations' ends (REJECTED_ENDS) bound to `ends`. */
export const degreeWith = (ends: string) => `(COUNT { (e)-[:${ENTITY_RELATIONS}]-() } - size([x IN ${ends} WHERE x = e.id]))`;
/** The degree of `e` in one expression, for statements about a few entities. */
export const DEGREE = degreeWith(REJECTED_ENDS);
export const SHOWN = "($rejected OR r.rejected IS NULL)";

// With a document filter ($document not null): entities that document mentions, relations its evidence supports.
const inDocument = (entity: string) => `($document IS NULL OR EXISTS { (:Document {id: $document})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${entity}) })`;
export const IN_DOCUMENT = inDocument("e");
export const EDGE_IN_DOCUMENT = "($document IS NULL OR EXISTS { MATCH (v:Evidence {relationId: r.id}) WHERE v.documentId = $document })";

// With a date range ($docs not null: a map from the id of every document published in the range to true, from
// `documentsInRange`): entities those documents mention, relations their evidence supports. Relations without evidence
// (added by hand) have no date and leave a dated view.
const inRange = (entity: string) => `($docs IS NULL OR EXISTS { MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(${entity}) WHERE $docs[d.id] })`;
export const IN_RANGE = inRange("e");
export const EDGE_IN_RANGE = "($docs IS NULL OR EXISTS { MATCH (v:Evidence {relationId: r.id}) WHERE $docs[v.documentId] })";

/** A date range as the routes take it: inclusive days, YYYY-MM-DD, either end open. */
export interface DateRange {
  since?: string;
  until?: string;
}

/** The day a stored `publishedAt` (a date or a date-time) falls on, in Cypher, for document `d`. */
export const PUBLISHED_DAY = (d: string) => `substring(${d}.publishedAt, 0, 10)`;

/**
 * The documents published within `range`, as the `$docs` map the range fragments read; null when the range is open at
 * both ends (no filter). Undated documents are never in a range.
 */
export async function documentsInRange(tx: ManagedTransaction, range: DateRange | undefined): Promise<Record<string, true> | null> {
  const since = range?.since ?? null;
  const until = range?.until ?? null;
  if (!since && !until) return null;
  const res = await tx.run(
    `MATCH (d:Document) WHERE d.publishedAt IS NOT NULL AND ($since IS NULL OR ${PUBLISHED_DAY("d")} >= $since) AND ($until IS NULL OR ${PUBLISHED_DAY("d")} <= $until)
     RETURN collect(d.id) AS ids`,
    { since, until },
  );
  return Object.fromEntries(((res.records[0]?.get("ids") ?? []) as string[]).map((id) => [id, true as const]));
}

/** A document filter names a stored document, or the view is a 404 (not an empty graph). */
export async function requireDocument(tx: ManagedTransaction, document: string | null): Promise<void> {
  if (!document) return;
  const doc = await tx.run("MATCH (d:Document {id: $document}) RETURN d.id", { document });
  if (doc.records.length === 0) throw new NotFoundError(`no document with id "${document}"`);
}

// Only what the canvas draws leaves the database: projected maps, not whole nodes and relationships (aliases,
// modality, …), which the driver would decode for nothing.
const NODE_FIELDS = nodeFields("e");
const EDGE_FIELDS = edgeFields("r");

/**
 * How relations `r` are ranked before a cap: the focus's own first (`touchesFocus`, a Cypher condition), typed before
 * co-mentions, then evidence, confidence, id.
 */
export const edgeOrder = (touchesFocus: string) =>
  `ORDER BY CASE WHEN ${touchesFocus} THEN 0 ELSE 1 END, CASE WHEN type(r) = 'CO_MENTIONED' THEN 1 ELSE 0 END, coalesce(r.evidenceCount, 0) DESC, coalesce(r.confidence, 1.0) DESC, r.id`;
/** edgeOrder with the relation's ends' ids bound to `source` and `target`, and the focus's id to $focus. */
export const EDGE_ORDER = edgeOrder("source = $focus OR target = $focus");

/**
 * The statements of getGraph, exported so that bench/bare-server.ts runs exactly these. Parameters: $id (focus),
 * $limit, $document, $rejected; the edge statement $ids, $members, $focusKey (edgeParams: from the rows of the first)
 * and $edges, $document, $rejected.
 */
export const GRAPH_STATEMENTS = {
  // depth is an integer 1..3 clamped by the caller: a quantified path cannot take it as a parameter.
  // No row when the focus does not exist. Degrees are counted for every member (they order the cut), then cut.
  // typed: the neighbourhood through typed relations only (co-mentions left out of the walk; they may still join the
  // entities reached, as the edge statement finds every relation among them).
  focus: (depth: number, typed = false) => `MATCH (f:Entity {id: $id})
     OPTIONAL MATCH (f) ((:Entity)-[r:${typed ? TYPED_RELATIONS : ENTITY_RELATIONS}]-(:Entity) WHERE ${SHOWN} AND ${EDGE_IN_RANGE}){1,${depth}} (n:Entity)
     WITH f, collect(DISTINCT n) AS around
     WITH [f] + [x IN around WHERE x <> f AND ${inDocument("x")} AND ${inRange("x")}] AS members, ${REJECTED_ENDS} AS rejectedEnds
     UNWIND range(0, size(members) - 1) AS i
     WITH members[i] AS e, i, size(members) AS total, rejectedEnds
     WITH e, total, ${degreeWith("rejectedEnds")} AS degree, CASE WHEN i = 0 THEN 0 ELSE 1 END AS rank
     ORDER BY rank, degree DESC, e.id
     LIMIT $limit
     RETURN ${NODE_FIELDS} AS e, degree, total, elementId(e) AS key`,
  whole: `WITH ${REJECTED_ENDS} AS rejectedEnds
     MATCH (e:Entity) WHERE ${IN_DOCUMENT} AND ${IN_RANGE}
     WITH e, ${degreeWith("rejectedEnds")} AS degree
     ORDER BY degree DESC, e.id
     LIMIT $limit
     RETURN ${NODE_FIELDS} AS e, degree, elementId(e) AS key`,
  wholeCount: `MATCH (e:Entity) WHERE ${IN_DOCUMENT} AND ${IN_RANGE} RETURN count(e) AS n`,
  // The relations among the shown entities, found from their outgoing side only (incoming holds every MENTIONS of
  // every sentence): the focus's own first, typed relations before co-mentions, then the strongest (evidence,
  // confidence), ties by id; `total` is how many there are before the cut. No row when there is none.
  // Per relationship walked nothing is read from the store: the far end is looked up by element id in $members (a map:
  // one hash lookup, where `b.id IN $ids` read b's properties and scanned the list), rejected relations come from
  // their index, and ids are read for the page only (figures in docs/reliability.md, Load).
  edges: `WITH ${REJECTED_RELATIONS} AS rejectedRelations
     MATCH (a:Entity)-[r:${ENTITY_RELATIONS}]->(b)
     WHERE a.id IN $ids AND $members[elementId(b)] AND ($rejected OR NOT elementId(r) IN rejectedRelations) AND ${EDGE_IN_DOCUMENT} AND ${EDGE_IN_RANGE}
     WITH r, a, b
     ${edgeOrder("elementId(a) = $focusKey OR elementId(b) = $focusKey")}
     WITH collect([r, a, b]) AS shown
     WITH size(shown) AS total, shown[0..$edges] AS page
     UNWIND page AS x
     WITH total, x[0] AS r, x[1].id AS source, x[2].id AS target
     RETURN total, ${EDGE_FIELDS} AS edge`,
};

/**
 * The edge statement's view of the entities shown: their ids, their element ids as a map (`$members`, valid within the
 * transaction that read them) and the focus's element id (`$focusKey`, null for the whole graph; the focus is the
 * first row of a focus view).
 */
export function edgeParams(rows: { id: string; key: string }[], focused: boolean) {
  return { ids: rows.map((r) => r.id), members: Object.fromEntries(rows.map((r) => [r.key, true])), focusKey: focused ? (rows[0]?.key ?? null) : null };
}

/**
 * The whole graph (the most connected entities first) or one entity's neighbourhood (the focus first), at most `limit`
 * entities and `edges` relations among them: the focus's own relations first, typed before co-mentions, then the
 * strongest. `total` counts what
 * the caps left out (entities of the view; relations among the entities shown), `truncated` says whether they did.
 */
export async function getGraph(opts: { focus?: string; depth?: number; typed?: boolean; limit?: number; edges?: number; document?: string; rejected?: boolean } & DateRange = {}): Promise<GraphView> {
  const rejected = opts.rejected === true;
  const limit = Math.min(Math.max(1, Math.trunc(opts.limit ?? (opts.focus ? FOCUS_LIMIT_DEFAULT : GRAPH_LIMIT_DEFAULT))), GRAPH_LIMIT_MAX);
  const edgeCap = Math.min(Math.max(1, Math.trunc(opts.edges ?? GRAPH_EDGES_DEFAULT)), GRAPH_EDGES_MAX);
  const depth = Math.min(Math.max(1, Math.trunc(opts.depth ?? 1)), 3);
  const document = opts.document ?? null;
  const typed = Boolean(opts.focus && opts.typed);
  const key = JSON.stringify(["graph", opts.focus ?? null, depth, typed, limit, edgeCap, document, rejected, opts.since ?? null, opts.until ?? null]);
  return cachedView(key, async (tx) => {
    await requireDocument(tx, document);
    const docs = await documentsInRange(tx, opts);
    let rows: Record<string, unknown>[];
    let totalNodes: number;
    if (opts.focus) {
      const res = await tx.run(GRAPH_STATEMENTS.focus(depth, typed), { id: opts.focus, limit: neo4j.int(limit), document, rejected, docs });
      if (res.records.length === 0) throw new NotFoundError(`no entity with id "${opts.focus}"`);
      rows = res.records.map((r) => r.toObject());
      totalNodes = toNumber(res.records[0]!.get("total"));
    } else {
      const res = await tx.run(GRAPH_STATEMENTS.whole, { limit: neo4j.int(limit), document, docs });
      rows = res.records.map((r) => r.toObject());
      const count = await tx.run(GRAPH_STATEMENTS.wholeCount, { document, docs });
      totalNodes = toNumber(count.records[0]?.get("n"));
    }
    const nodes = rows.map((r) => toGraphNode(r.e as Record<string, unknown>, r.degree));
    const members = edgeParams(
      nodes.map((n, i) => ({ id: n.id, key: String(rows[i]!.key) })),
      Boolean(opts.focus),
    );
    const edgeRes = await tx.run(GRAPH_STATEMENTS.edges, { ...members, edges: neo4j.int(edgeCap), document, rejected, docs });
    const edges = edgeRes.records.map((r) => graphEdgeFrom(r.get("edge")));
    const totalEdges = toNumber(edgeRes.records[0]?.get("total") ?? 0);
    return {
      nodes,
      edges,
      truncated: totalNodes > nodes.length || totalEdges > edges.length,
      total: { nodes: totalNodes, edges: totalEdges },
    };
  }, (view) => view.nodes.length + view.edges.length);
}

/** One entity with its names and every mention, in document and text order. */
export async function getEntity(id: string): Promise<EntityDetails> {
  return readTx(async (tx) => {
    let res = await tx.run(
      `MATCH (e:Entity {id: $id})
       RETURN e, ${DEGREE} AS degree`,
      { id },
    );
    // An entity merged into another: its old links find the one that remains.
    if (!res.records[0])
      res = await tx.run(
        `MATCH (e:Entity) WHERE $id IN e.mergedFrom
         RETURN e, ${DEGREE} AS degree LIMIT 1`,
        { id },
      );
    const record = res.records[0];
    if (!record) throw new NotFoundError(`no entity with id "${id}"`);
    const found = String(((record.get("e") as Node).properties as Record<string, unknown>).id);
    const mentions = await tx.run(
      `MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(:Entity {id: $id})
       RETURN d.id AS docId, d.title AS title, d.lang AS lang, s, m
       ORDER BY d.id, s.index, m.start`,
      { id: found },
    );
    const relations = await tx.run(
      `MATCH (e:Entity {id: $id})-[r:${ENTITY_RELATIONS}]-(o:Entity)
       WHERE r.rejected IS NULL AND o <> e
       WITH r, startNode(r) = e AS out, o
       ORDER BY CASE WHEN type(r) = 'CO_MENTIONED' THEN 1 ELSE 0 END, type(r), out DESC, coalesce(r.evidenceCount, 0) DESC, o.name
       RETURN r {.id, .evidenceCount, .confidence, .modality, .curated, type: type(r)} AS rel, out, ${nodeFields("o")} AS other`,
      { id: found },
    );
    const seen = await tx.run(
      `MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: $id})
       WITH DISTINCT d
       RETURN count(d) AS documents, count(d) - count(d.publishedAt) AS undated, min(${PUBLISHED_DAY("d")}) AS first, max(${PUBLISHED_DAY("d")}) AS last`,
      { id: found },
    );
    const s = seen.records[0];
    const first = (s?.get("first") as string | null) ?? null;
    const last = (s?.get("last") as string | null) ?? null;
    const node = record.get("e") as Node;
    const p = node.properties as Record<string, unknown>;
    const { otherWikidata, mergedFrom, ...entity } = entityFromProperties(p);
    return {
      ...entity,
      ...(otherWikidata.length ? { otherWikidata } : {}),
      ...(mergedFrom.length ? { mergedFrom } : {}),
      degree: toNumber(record.get("degree")),
      seen: { documents: toNumber(s?.get("documents")), undated: toNumber(s?.get("undated")), ...(first ? { first } : {}), ...(last ? { last } : {}) },
      mentions: mentions.records.map((r): MentionView => {
        const s = (r.get("s") as Node).properties as Record<string, unknown>;
        const m = (r.get("m") as Relationship).properties as Record<string, unknown>;
        return {
          document: { id: String(r.get("docId")), title: String(r.get("title") ?? ""), lang: String(r.get("lang") ?? "") },
          sentence: { id: String(s.id), index: toNumber(s.index), text: String(s.text), start: toNumber(s.start), end: toNumber(s.end) },
          start: toNumber(m.start),
          end: toNumber(m.end),
          surface: String(m.surface),
          rule: String(m.rule ?? "exact"),
          confidence: typeof m.confidence === "number" ? m.confidence : 1,
        };
      }),
      relations: relations.records.map((r): EntityRelation => {
        const rel = relationSummaryFrom(r.get("rel") as Record<string, unknown>);
        const direction = SYMMETRIC_TYPES.has(rel.type) ? "both" : r.get("out") ? "out" : "in";
        return { ...rel, direction, other: entityNameFrom(r.get("other") as Record<string, unknown>) };
      }),
    };
  });
}

const RESERVED = RELATION_BOOKKEEPING;

/** One relation with every piece of its evidence, each as its sentence with the supporting span. */
export async function getRelation(id: string, range?: DateRange): Promise<RelationDetails> {
  return readTx(async (tx) => {
    const docs = await documentsInRange(tx, range);
    // The evidence index finds the relation's ends; the relationship itself is then one expansion away.
    const res = await tx.run(
      `MATCH (v:Evidence {relationId: $id})
       WITH v.source AS source, v.target AS target LIMIT 1
       MATCH (a:Entity {id: source})-[r]->(b:Entity {id: target})
       WHERE r.id = $id
       RETURN r, a, b`,
      { id },
    );
    const record = res.records[0];
    if (!record) throw new NotFoundError(`no relation with id "${id}"`);
    const evidence = await tx.run(
      `MATCH (v:Evidence {relationId: $id})-[:FROM]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
       WHERE $docs IS NULL OR $docs[d.id]
       OPTIONAL MATCH (speaker:Entity {id: v.speaker})
       // A co-mention's evidence is its whole sentence: the two names in it are what to mark.
       CALL (v, s) {
         OPTIONAL MATCH (s)-[m:MENTIONS]->(x:Entity) WHERE $coMention AND x.id IN [v.source, v.target]
         WITH m ORDER BY m.start
         RETURN collect(DISTINCT CASE WHEN m IS NULL THEN null ELSE {start: m.start, end: m.end} END) AS names
       }
       RETURN v, s, d.id AS docId, d.title AS title, d.lang AS lang, d.source AS docSource, d.outlet AS outlet, speaker.name AS speakerName, names
       ORDER BY d.id, s.index, v.start`,
      { id, docs, coMention: (record.get("r") as Relationship).type === "CO_MENTIONED" },
    );
    const rel = record.get("r") as Relationship;
    const p = rel.properties as Record<string, unknown>;
    const end = (n: Node) => {
      const { type: _type, ...names } = entityNameFrom(n.properties as Record<string, unknown>);
      return names;
    };
    const properties: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(p)) {
      if (RESERVED.has(k)) continue;
      if (typeof v === "string" || typeof v === "boolean") properties[k] = v;
      else if (typeof v === "number" || neo4j.isInt(v)) properties[k] = toNumber(v);
    }
    return {
      id: String(p.id),
      type: rel.type,
      source: end(record.get("a")),
      target: end(record.get("b")),
      confidence: typeof p.confidence === "number" ? p.confidence : 1,
      modality: String(p.modality ?? "fact"),
      ...(p.rejected === true ? { curation: { status: "rejected" as const, ...(typeof p.rejectedReason === "string" ? { reason: p.rejectedReason } : {}) } } : p.curated === true ? { curation: { status: "confirmed" as const } } : {}),
      properties,
      evidence: evidence.records.map((r): EvidenceView => {
        const v = (r.get("v") as Node).properties as Record<string, unknown>;
        const s = (r.get("s") as Node).properties as Record<string, unknown>;
        const speakerName = r.get("speakerName") as string | null;
        return {
          id: String(v.id),
          document: {
            id: String(r.get("docId")),
            title: String(r.get("title") ?? ""),
            lang: String(r.get("lang") ?? ""),
            ...(typeof r.get("docSource") === "string" ? { source: r.get("docSource") as string } : {}),
            ...(typeof r.get("outlet") === "string" ? { outlet: r.get("outlet") as string } : {}),
          },
          sentence: { index: toNumber(s.index), text: String(s.text), start: toNumber(s.start), end: toNumber(s.end) },
          start: toNumber(v.start),
          end: toNumber(v.end),
          rule: String(v.rule),
          confidence: typeof v.confidence === "number" ? v.confidence : 1,
          ...(typeof v.speaker === "string" && v.speaker ? { speaker: { id: v.speaker, name: speakerName ?? v.speaker } } : {}),
          ...(v.cueStart !== undefined && v.cueStart !== null ? { cue: { start: toNumber(v.cueStart), end: toNumber(v.cueEnd) } } : {}),
          ...((r.get("names") as unknown[]).length ? { names: (r.get("names") as { start: unknown; end: unknown }[]).map((n) => ({ start: toNumber(n.start), end: toNumber(n.end) })) } : {}),
        };
      }),
    };
  });
}

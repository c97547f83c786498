// The graph side of curation: merge, edit, verdicts, added relations and the documents a correction touches.
// Every function runs inside the caller's transaction, so an action (or a replay of all of them) is all or nothing.
import type { ManagedTransaction, Node } from "neo4j-driver";
import { recountRelations } from "./write";
import { combineEntities } from "../curation/combine";
import { entityFromProperties, entityProperties, relationIdOf, RELATION_TYPES, SYMMETRIC_TYPES } from "./model";
import type { AddedRelation, EntitySnapshot, MentionRef, RelationEnds, StoredDocument, Verdict } from "../curation/types";
import { ConflictError, NotFoundError, UnprocessableError } from "../errors";
import { toNumber, toStringArray, toStringOrUndefined } from "./values";

export function toSnapshot(node: Node): EntitySnapshot {
  return entityFromProperties(node.properties as Record<string, unknown>);
}

export async function readEntity(tx: ManagedTransaction, id: string): Promise<EntitySnapshot | null> {
  const res = await tx.run("MATCH (e:Entity {id: $id}) RETURN e", { id });
  const node = res.records[0]?.get("e") as Node | undefined;
  return node ? toSnapshot(node) : null;
}

/** The names the texts used for an entity where the pipeline discovered it (not from the gazetteer). */
export async function discoveredSurfaces(tx: ManagedTransaction, id: string): Promise<string[]> {
  const res = await tx.run(
    `MATCH (:Sentence)-[m:MENTIONS]->(:Entity {id: $id})
     WHERE m.rule = 'discovered'
     RETURN DISTINCT m.surface AS surface ORDER BY surface LIMIT 50`,
    { id },
  );
  return res.records.map((r) => String(r.get("surface")));
}

export async function writeEntity(tx: ManagedTransaction, e: EntitySnapshot): Promise<void> {
  await tx.run("MERGE (e:Entity {id: $id}) SET e += $props", { id: e.id, props: entityProperties(e) });
}

/** A relation id split into its parts; ids are `<type>:<source>:<target>` and entity ids hold no colon. */
export function parseRelationId(id: string): { type: string; source: string; target: string } | null {
  const parts = id.split(":");
  if (parts.length !== 3 || parts.some((p) => !p)) return null;
  return { type: parts[0]!.toUpperCase(), source: parts[1]!, target: parts[2]! };
}

export interface RelationState {
  id: string;
  type: string;
  source: string;
  target: string;
  verdict: Verdict | null;
}

export async function readRelation(tx: ManagedTransaction, id: string): Promise<RelationState | null> {
  const parts = parseRelationId(id);
  if (!parts) return null;
  const res = await tx.run(
    `MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
     WHERE r.id = $id
     RETURN type(r) AS type, r.curated AS curated, r.rejected AS rejected`,
    { id, source: parts.source, target: parts.target },
  );
  const r = res.records[0];
  if (!r) return null;
  return { id, type: String(r.get("type")), source: parts.source, target: parts.target, verdict: r.get("rejected") ? "rejected" : r.get("curated") ? "confirmed" : null };
}

const VERDICT_KEYS = ["curated", "rejected", "rejectedReason"] as const;

/** Properties of a relation folded into another: the existing one's win, the moved one fills gaps; one verdict, the existing one's if it has one. */
export function foldRelationProperties(existing: Record<string, unknown> | undefined, moved: Record<string, unknown>, id: string): Record<string, unknown> {
  if (!existing) return { ...moved, id, mergedFrom: [...new Set([...toStringArray(moved.mergedFrom), String(moved.id)])] };
  const hasVerdict = (p: Record<string, unknown>) => p.curated != null || p.rejected != null;
  const verdictFrom = hasVerdict(existing) ? existing : moved;
  const out: Record<string, unknown> = { ...moved, ...existing };
  for (const k of VERDICT_KEYS) out[k] = verdictFrom[k] ?? null;
  if (moved.modality === "fact" || existing.modality === "fact") out.modality = "fact";
  out.id = id;
  out.mergedFrom = [...new Set([...toStringArray(existing.mergedFrom), ...toStringArray(moved.mergedFrom), String(moved.id)])];
  return out;
}

/**
 * Merges `sourceId` into `targetId`: names, aliases and Wikidata ids combined; mentions, relations and evidence moved;
 * relations that become the same relation folded into one with all their evidence; a relation between the two dropped.
 * With `targetSnapshot`, a missing target is made from it (a replay after the target's documents went). Returns the
 * merged entity, or null when the source is not in the graph.
 */
export async function mergeEntities(tx: ManagedTransaction, sourceId: string, targetId: string, targetSnapshot?: EntitySnapshot): Promise<EntitySnapshot | null> {
  const source = await readEntity(tx, sourceId);
  if (!source) return null;
  let target = await readEntity(tx, targetId);
  if (!target) {
    if (!targetSnapshot) return null;
    target = { ...targetSnapshot, id: targetId };
    await writeEntity(tx, target);
  }
  source.surfaces = await discoveredSurfaces(tx, sourceId);
  target.surfaces = await discoveredSurfaces(tx, targetId);
  const combined = combineEntities(source, target);
  await writeEntity(tx, combined);

  await tx.run(
    `MATCH (t:Entity {id: $target})
     MATCH (sen:Sentence)-[m:MENTIONS]->(:Entity {id: $source})
     CREATE (sen)-[m2:MENTIONS]->(t)
     SET m2 = properties(m)
     DELETE m`,
    { source: sourceId, target: targetId },
  );

  const rels = await tx.run(
    `MATCH (s:Entity {id: $source})-[r]-(:Entity)
     RETURN DISTINCT elementId(r) AS element, type(r) AS type, startNode(r).id AS a, endNode(r).id AS b, properties(r) AS props`,
    { source: sourceId },
  );
  const moves: { element: string; oldId: string; type: string; id: string; source: string; target: string; props: Record<string, unknown> }[] = [];
  const dropped: { element: string; oldId: string }[] = [];
  for (const r of rels.records) {
    const props = r.get("props") as Record<string, unknown>;
    const swap = (x: string) => (x === sourceId ? targetId : x);
    const a = swap(String(r.get("a")));
    const b = swap(String(r.get("b")));
    const type = String(r.get("type"));
    if (a === b) dropped.push({ element: String(r.get("element")), oldId: String(props.id) });
    else moves.push({ element: String(r.get("element")), oldId: String(props.id), type, ...relationIdOf(type, a, b), props });
  }

  // A relation between the two would now join the entity to itself: it goes, with its evidence.
  if (dropped.length)
    await tx.run(
      `UNWIND $rows AS row
       OPTIONAL MATCH (v:Evidence {relationId: row.oldId})
       DETACH DELETE v
       WITH DISTINCT row
       MATCH ()-[r]->() WHERE elementId(r) = row.element
       DELETE r`,
      { rows: dropped },
    );

  await moveRelations(tx, moves);

  // Other places that name the source by id: the speaker of evidence, the topic of a relation.
  await tx.run("MATCH (v:Evidence {speaker: $source}) SET v.speaker = $target", { source: sourceId, target: targetId });
  await tx.run("MATCH (:Entity)-[r]->(:Entity) WHERE r.topic = $source SET r.topic = $target", { source: sourceId, target: targetId });
  await tx.run("MATCH (s:Entity {id: $source}) DETACH DELETE s", { source: sourceId });
  return combined;
}

/** A relation to move to a new id (new type or ends): where it is (`element`), what it was, what it becomes. */
export interface RelationMove {
  element: string;
  oldId: string;
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/**
 * Moves whole relations to new ids: evidence follows (id, type and ends rewritten; a piece the new relation already
 * has, same sentence and span, is not doubled), and a relation that becomes an existing one is folded into it.
 */
export async function moveRelations(tx: ManagedTransaction, moves: RelationMove[]): Promise<void> {
  if (!moves.length) return;
  const existing = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source})-[n]->(b:Entity {id: row.target})
     WHERE n.id = row.id AND type(n) = row.type
     RETURN n.id AS id, properties(n) AS props`,
    { rows: moves.map(({ id, type, source, target }) => ({ id, type, source, target })) },
  );
  const current = new Map(existing.records.map((r) => [String(r.get("id")), r.get("props") as Record<string, unknown>]));
  const rows = moves.map((m) => {
    const props = foldRelationProperties(current.get(m.id), m.props, m.id);
    current.set(m.id, props);
    return { element: m.element, oldId: m.oldId, id: m.id, type: m.type, source: m.source, target: m.target, props };
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (v:Evidence {relationId: row.oldId})
     WITH row, v, row.id + substring(v.id, size(row.oldId)) AS newId
     OPTIONAL MATCH (dup:Evidence {id: newId})
     WITH row, v, newId, dup
     FOREACH (_ IN CASE WHEN dup IS NOT NULL AND dup <> v THEN [1] ELSE [] END | DETACH DELETE v)
     FOREACH (_ IN CASE WHEN dup IS NULL THEN [1] ELSE [] END |
       SET v.id = newId, v.relationId = row.id, v.relationType = row.type, v.source = row.source, v.target = row.target)`,
    { rows },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH ()-[r]->() WHERE elementId(r) = row.element
     DELETE r`,
    { rows },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
     MERGE (a)-[n:$(row.type) {id: row.id}]->(b)
     SET n = row.props`,
    { rows },
  );
  await recountRelations(tx, [...new Map(rows.map((r) => [r.id, { id: r.id, source: r.source, target: r.target }])).values()]);
}

/**
 * Gives a relation another type or other ends (reverse, retype, move an end): its evidence and verdict go with it.
 * Returns the relation as it now is, or null when it (or a new end) is not in the graph.
 */
export async function reshapeRelation(tx: ManagedTransaction, fromId: string, to: { type: string; source: string; target: string }): Promise<RelationEnds | null> {
  const parts = parseRelationId(fromId);
  if (!parts) return null;
  const res = await tx.run(
    `MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
     WHERE r.id = $id
     OPTIONAL MATCH (x:Entity {id: $newSource})
     OPTIONAL MATCH (y:Entity {id: $newTarget})
     RETURN elementId(r) AS element, properties(r) AS props, x IS NOT NULL AND y IS NOT NULL AS ends`,
    { id: fromId, source: parts.source, target: parts.target, newSource: to.source, newTarget: to.target },
  );
  const row = res.records[0];
  if (!row || !row.get("ends")) return null;
  const ends = relationIdOf(to.type, to.source, to.target);
  const next = { id: ends.id, type: to.type, source: ends.source, target: ends.target };
  if (next.id === fromId) return next;
  await moveRelations(tx, [{ element: String(row.get("element")), oldId: fromId, ...next, props: row.get("props") as Record<string, unknown> }]);
  return next;
}

/** The mentions of an entity, by place. */
export async function readMentions(tx: ManagedTransaction, entityId: string): Promise<MentionRef[]> {
  const res = await tx.run(
    `MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {id: $id})
     RETURN s.id AS sentence, m.start AS start, m.end AS end, m.surface AS surface
     ORDER BY sentence, start`,
    { id: entityId },
  );
  return res.records.map((r) => ({ sentence: String(r.get("sentence")), start: toNumber(r.get("start")), end: toNumber(r.get("end")), surface: String(r.get("surface")) }));
}

/**
 * Splits an entity: the chosen mentions go to `into` (made when missing), and so does the evidence of the relations
 * they carry — a piece of evidence moves when its sentence now names only `into`, or when its span holds a moved
 * mention and no kept one. Relations are made or recounted to match; the entity goes if nothing holds it any more.
 * False when neither the entity nor any chosen mention is there. Applying it twice changes nothing.
 */
export async function splitEntity(tx: ManagedTransaction, entityId: string, into: EntitySnapshot, mentions: MentionRef[]): Promise<boolean> {
  const present = await tx.run(
    `UNWIND $mentions AS m
     MATCH (s:Sentence {id: m.sentence})-[r:MENTIONS]->(e:Entity)
     WHERE r.start = m.start AND r.end = m.end AND e.id IN [$entity, $into]
     RETURN count(r) AS n`,
    { mentions, entity: entityId, into: into.id },
  );
  if (toNumber(present.records[0]?.get("n")) === 0) return false;
  await tx.run("MERGE (e:Entity {id: $id}) ON CREATE SET e += $props", { id: into.id, props: entityProperties(into) });
  await tx.run(
    `MATCH (n:Entity {id: $into})
     UNWIND $mentions AS m
     MATCH (s:Sentence {id: m.sentence})-[r:MENTIONS]->(:Entity {id: $entity})
     WHERE r.start = m.start AND r.end = m.end
     CREATE (s)-[r2:MENTIONS]->(n)
     SET r2 = properties(r)
     DELETE r`,
    { mentions, entity: entityId, into: into.id },
  );
  const moving = await tx.run(
    `MATCH (v:Evidence) WHERE v.source = $entity OR v.target = $entity
     MATCH (v)-[:FROM]->(s:Sentence)
     WITH v, [(s)-[m:MENTIONS]->(:Entity {id: $entity}) | m] AS kept, [(s)-[m:MENTIONS]->(:Entity {id: $into}) | m] AS moved
     WHERE size(moved) > 0 AND (size(kept) = 0 OR (any(m IN moved WHERE m.start >= v.start AND m.end <= v.end) AND none(m IN kept WHERE m.start >= v.start AND m.end <= v.end)))
     MATCH (a:Entity {id: v.source})-[r]->(b:Entity {id: v.target}) WHERE r.id = v.relationId
     RETURN v.id AS evidence, v.relationId AS oldId, type(r) AS type, v.source AS source, v.target AS target, properties(r) AS props`,
    { entity: entityId, into: into.id },
  );
  const swap = (x: string) => (x === entityId ? into.id : x);
  const rows = moving.records.map((r) => {
    const type = String(r.get("type"));
    const ends = relationIdOf(type, swap(String(r.get("source"))), swap(String(r.get("target"))));
    const props = { ...(r.get("props") as Record<string, unknown>), id: ends.id };
    return { evidence: String(r.get("evidence")), oldId: String(r.get("oldId")), id: ends.id, type, source: ends.source, target: ends.target, props, oldSource: String(r.get("source")), oldTarget: String(r.get("target")) };
  });
  if (rows.length) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
       MERGE (a)-[n:$(row.type) {id: row.id}]->(b)
       ON CREATE SET n = row.props`,
      { rows },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (v:Evidence {id: row.evidence})
       WITH row, v, row.id + substring(v.id, size(row.oldId)) AS newId
       OPTIONAL MATCH (dup:Evidence {id: newId})
       WITH row, v, newId, dup
       FOREACH (_ IN CASE WHEN dup IS NOT NULL AND dup <> v THEN [1] ELSE [] END | DETACH DELETE v)
       FOREACH (_ IN CASE WHEN dup IS NULL THEN [1] ELSE [] END |
         SET v.id = newId, v.relationId = row.id, v.source = row.source, v.target = row.target)`,
      { rows },
    );
    const touched = new Map<string, { id: string; source: string; target: string }>();
    for (const r of rows) {
      touched.set(r.oldId, { id: r.oldId, source: r.oldSource, target: r.oldTarget });
      touched.set(r.id, { id: r.id, source: r.source, target: r.target });
    }
    await recountRelations(tx, [...touched.values()]);
  }
  // Who said it follows the mention too.
  await tx.run(
    `MATCH (v:Evidence {speaker: $entity})-[:FROM]->(s:Sentence)
     WHERE NOT EXISTS { (s)-[:MENTIONS]->(:Entity {id: $entity}) } AND EXISTS { (s)-[:MENTIONS]->(:Entity {id: $into}) }
     SET v.speaker = $into`,
    { entity: entityId, into: into.id },
  );
  await tx.run(
    `MATCH (e:Entity {id: $entity})
     WHERE NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)--(:Entity) }
     DETACH DELETE e`,
    { entity: entityId },
  );
  return true;
}

/** Sets a relation's verdict: confirmed (curated, confidence 1) or rejected with a reason (kept, hidden by default). */
export async function setVerdict(tx: ManagedTransaction, relationId: string, verdict: Verdict | null, reason?: string): Promise<boolean> {
  const parts = parseRelationId(relationId);
  if (!parts) return false;
  const res = await tx.run(
    `MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
     WHERE r.id = $id
     SET r.curated = CASE WHEN $verdict = 'confirmed' THEN true ELSE null END,
         r.rejected = CASE WHEN $verdict = 'rejected' THEN true ELSE null END,
         r.rejectedReason = CASE WHEN $verdict = 'rejected' THEN $reason ELSE null END
     RETURN r.id AS id`,
    { id: relationId, source: parts.source, target: parts.target, verdict, reason: reason ?? null },
  );
  if (res.records.length === 0) return false;
  await recountRelations(tx, [{ id: relationId, source: parts.source, target: parts.target }]);
  return true;
}

/** Checks an added relation against the graph: both entities, the sentence, the span inside it; returns what to store. */
export async function resolveAddedRelation(
  tx: ManagedTransaction,
  input: { type: string; source: string; target: string; sentence: string; start: number; end: number; modality: string },
): Promise<AddedRelation> {
  if (!(input.type in RELATION_TYPES) || input.type === "CO_MENTIONED") throw new UnprocessableError(`"${input.type}" is not a relation type that can be added`, { type: "unknown relation type" });
  if (input.source === input.target) throw new UnprocessableError("a relation joins two different entities", { target: "same as source" });
  const res = await tx.run(
    `OPTIONAL MATCH (a:Entity {id: $source})
     OPTIONAL MATCH (b:Entity {id: $target})
     OPTIONAL MATCH (s:Sentence {id: $sentence})
     RETURN a IS NOT NULL AS a, b IS NOT NULL AS b, s`,
    input,
  );
  const r = res.records[0]!;
  if (!r.get("a")) throw new NotFoundError(`no entity with id "${input.source}"`);
  if (!r.get("b")) throw new NotFoundError(`no entity with id "${input.target}"`);
  const sentence = r.get("s") as Node | null;
  if (!sentence) throw new NotFoundError(`no sentence with id "${input.sentence}"`);
  const s = sentence.properties as Record<string, unknown>;
  const sStart = toNumber(s.start);
  const sEnd = toNumber(s.end);
  if (!(input.start >= sStart && input.end <= sEnd && input.start < input.end))
    throw new UnprocessableError(`the evidence span ${input.start}–${input.end} is not inside the sentence (${sStart}–${sEnd})`, { start: "outside the sentence" });
  const ends = relationIdOf(input.type, input.source, input.target);
  const text = String(s.text);
  return {
    relation: ends.id,
    type: input.type,
    source: SYMMETRIC_TYPES.has(input.type) ? ends.source : input.source,
    target: SYMMETRIC_TYPES.has(input.type) ? ends.target : input.target,
    sentence: input.sentence,
    documentId: String(s.documentId),
    start: input.start,
    end: input.end,
    modality: input.modality,
    span: text.slice(input.start - sStart, input.end - sStart),
  };
}

export const addedEvidenceId = (a: AddedRelation) => `${a.relation}@${a.sentence}:${a.start}-${a.end}`;

/**
 * Writes a relation a person added, with its evidence span (rule "curated", confidence 1); the relation is curated.
 * `strict` refuses evidence that is already there; a replay (not strict) skips what no longer fits the graph.
 */
export async function addRelation(tx: ManagedTransaction, a: AddedRelation, strict: boolean): Promise<boolean> {
  const check = await tx.run(
    `OPTIONAL MATCH (x:Entity {id: $source})
     OPTIONAL MATCH (y:Entity {id: $target})
     OPTIONAL MATCH (s:Sentence {id: $sentence})
     OPTIONAL MATCH (v:Evidence {id: $evidenceId})
     RETURN x IS NOT NULL AND y IS NOT NULL AND s IS NOT NULL AND substring(s.text, toInteger($start - s.start), toInteger($end - $start)) = $span AS fits, v IS NOT NULL AS exists`,
    { ...a, evidenceId: addedEvidenceId(a) },
  );
  const row = check.records[0]!;
  if (!row.get("fits")) return false;
  if (row.get("exists") && strict) throw new ConflictError("this relation already has that evidence");
  await tx.run(
    `MATCH (s:Sentence {id: $sentence})
     MERGE (v:Evidence {id: $evidenceId})
     ON CREATE SET v.relationId = $relation, v.relationType = $type, v.source = $source, v.target = $target,
       v.documentId = $documentId, v.sentenceId = $sentence, v.start = $start, v.end = $end,
       v.rule = 'curated', v.confidence = 1.0, v.speaker = null
     MERGE (v)-[:FROM]->(s)
     WITH v
     MATCH (x:Entity {id: $source}), (y:Entity {id: $target})
     MERGE (x)-[r:$($type) {id: $relation}]->(y)
     ON CREATE SET r.modality = $modality
     SET r.curated = true, r.rejected = null, r.rejectedReason = null`,
    { ...a, evidenceId: addedEvidenceId(a) },
  );
  await recountRelations(tx, [{ id: a.relation, source: a.source, target: a.target }]);
  return true;
}

/** Sets an entity's fields; false when it is not in the graph. */
export async function setEntity(tx: ManagedTransaction, entity: EntitySnapshot): Promise<boolean> {
  const res = await tx.run("MATCH (e:Entity {id: $id}) SET e += $props RETURN e.id AS id", { id: entity.id, props: entityProperties(entity) });
  return res.records.length > 0;
}

/** Documents whose text supports anything about these entities or relations: what an undo extracts again. */
export async function documentsTouching(tx: ManagedTransaction, opts: { entities?: string[]; relations?: string[] }): Promise<string[]> {
  const res = await tx.run(
    `CALL {
       UNWIND $entities AS id
       MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: id})
       RETURN s.documentId AS doc
       UNION
       UNWIND $entities AS id
       MATCH (:Entity {id: id})-[r]-(:Entity)
       MATCH (v:Evidence {relationId: r.id})
       RETURN v.documentId AS doc
       UNION
       UNWIND $relations AS id
       MATCH (v:Evidence {relationId: id})
       RETURN v.documentId AS doc
     }
     RETURN DISTINCT doc ORDER BY doc`,
    { entities: opts.entities ?? [], relations: opts.relations ?? [] },
  );
  return res.records.map((r) => String(r.get("doc")));
}

/** Documents as stored (text and metadata), to extract them again. */
export async function readStoredDocuments(tx: ManagedTransaction, ids: string[]): Promise<StoredDocument[]> {
  const res = await tx.run(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     RETURN d {.id, .title, .lang, .source, .publishedAt, .text, .version, .replaces} AS d
     ORDER BY d.id`,
    { ids },
  );
  return res.records.map((r) => {
    const d = r.get("d") as Record<string, unknown>;
    return {
      id: String(d.id),
      title: String(d.title ?? ""),
      lang: d.lang === "en" ? "en" : "ar",
      ...(toStringOrUndefined(d.source) ? { source: String(d.source) } : {}),
      ...(toStringOrUndefined(d.publishedAt) ? { publishedAt: String(d.publishedAt) } : {}),
      text: String(d.text ?? ""),
      ...(d.version != null ? { version: toNumber(d.version) } : {}),
      ...(toStringOrUndefined(d.replaces) ? { replaces: String(d.replaces) } : {}),
    };
  });
}

/** Which of these ids are entities in the graph now. */
export async function existingEntities(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const res = await tx.run("UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id", { ids });
  return new Set(res.records.map((r) => String(r.get("id"))));
}

export async function existingDocuments(tx: ManagedTransaction, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const res = await tx.run("UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id", { ids });
  return new Set(res.records.map((r) => String(r.get("id"))));
}

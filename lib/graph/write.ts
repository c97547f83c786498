// The pipeline's last step: writes one extracted document to Neo4j in a single transaction (all or nothing, re-runs change nothing).
import type { ManagedTransaction } from "neo4j-driver";
import { writeTx } from "../neo4j";
import { entityRow, RELATION_TYPES } from "./model";
import type { Extraction } from "../../graph-seed/types";

export interface WriteSummary {
  documentId: string;
  sentences: number;
  mentions: number;
  entities: number;
  relations: number;
  evidence: number;
}

/** One statement per relation type, so each MERGE's type is static (Cypher cannot take a type as a parameter, and a
 * static type lets MERGE expand by type); the types come from RELATION_TYPES, never from input. */
const MERGE_RELATIONS = Object.fromEntries(
  Object.keys(RELATION_TYPES).map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
     MERGE (a)-[r:${type} {id: row.id}]->(b)
     SET r += row.properties, r.modality = row.modality, r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount,
         r.confidence = CASE WHEN r.curated THEN 1.0 WHEN r.confidence > row.evidenceConfidence THEN r.confidence ELSE row.evidenceConfidence END
     SET r.weight = r.evidenceCount`,
  ]),
);

/** Rows shaped for UNWIND: plain objects with primitive properties only. */
export function toRows(x: Extraction, pipelineVersion: string, documentExtra: Record<string, string | number> = {}) {
  const docId = x.document.id;
  const sentenceId = (index: number) => `${docId}:s${index}`;
  const relations = x.relations.map((r) => {
    if (!(r.type in RELATION_TYPES)) throw new Error(`invalid relation type ${JSON.stringify(r.type)}: not one of graph-seed/relation-types.ts`);
    return r;
  });
  return {
    document: {
      id: docId,
      title: x.document.title,
      lang: x.document.lang,
      sha256: x.document.sha256,
      source: x.document.source ?? null,
      publishedAt: x.document.publishedAt ?? null,
      text: x.document.text,
      pipelineVersion,
      sentenceCount: x.sentences.length,
      mentionCount: x.entities.reduce((n, e) => n + e.mentions.length, 0),
      relationCount: relations.length,
      ...documentExtra,
    },
    sentences: x.sentences.map((s) => ({ id: sentenceId(s.index), documentId: docId, index: s.index, start: s.start, end: s.end, text: s.text })),
    entities: x.entities.map(entityRow),
    mentions: x.entities.flatMap((e) =>
      e.mentions.map((m) => ({ sentenceId: sentenceId(m.sentence), entityId: e.id, start: m.start, end: m.end, surface: m.surface, rule: m.rule, confidence: m.confidence })),
    ),
    relations: relations.map((r) => ({ id: r.id, type: r.type, source: r.source, target: r.target, modality: r.modality, properties: r.properties ?? {} })),
    evidence: relations.flatMap((r) =>
      r.evidence.map((ev) => ({
        id: `${r.id}@${docId}:s${ev.sentence}:${ev.start}-${ev.end}`,
        relationId: r.id,
        relationType: r.type,
        source: r.source,
        target: r.target,
        documentId: docId,
        sentenceId: sentenceId(ev.sentence),
        start: ev.start,
        end: ev.end,
        rule: ev.rule,
        confidence: ev.confidence,
        speaker: ev.speaker ?? null,
        cueStart: ev.cue?.start ?? null,
        cueEnd: ev.cue?.end ?? null,
      })),
    ),
  };
}

type Rows = ReturnType<typeof toRows>;

/** Removes documents' sentences, mentions and evidence; returns the relations that lost evidence. */
async function clearDocuments(tx: ManagedTransaction, documentIds: string[]) {
  const res = await tx.run(
    `MATCH (v:Evidence) WHERE v.documentId IN $documentIds
     WITH collect(DISTINCT {id: v.relationId, source: v.source, target: v.target}) AS touched, collect(v) AS evs
     FOREACH (v IN evs | DETACH DELETE v)
     WITH touched
     OPTIONAL MATCH (s:Sentence) WHERE s.documentId IN $documentIds
     OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
     WITH touched, collect(DISTINCT e.id) AS entities, collect(DISTINCT s) AS sentences
     FOREACH (s IN sentences | DETACH DELETE s)
     RETURN [t IN touched WHERE t.id IS NOT NULL] AS touched, entities`,
    { documentIds },
  );
  return {
    relations: (res.records[0]?.get("touched") ?? []) as { id: string; source: string; target: string }[],
    entities: (res.records[0]?.get("entities") ?? []) as string[],
  };
}

function clearDocument(tx: ManagedTransaction, documentId: string) {
  return clearDocuments(tx, [documentId]);
}

/** Several documents' rows as one set, so each statement runs once for all of them. */
function mergeRows(all: Rows[]) {
  const entities = new Map<string, Rows["entities"][number]>();
  const relations = new Map<string, Rows["relations"][number] & { evidenceCount: number; evidenceConfidence: number }>();
  for (const r of all) {
    for (const e of r.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    for (const x of r.relations) relations.set(x.id, { ...x, evidenceCount: relations.get(x.id)?.evidenceCount ?? 0, evidenceConfidence: relations.get(x.id)?.evidenceConfidence ?? 0 });
    for (const v of r.evidence) {
      const x = relations.get(v.relationId)!;
      x.evidenceCount++;
      x.evidenceConfidence = Math.max(x.evidenceConfidence, v.confidence);
    }
  }
  return {
    documents: all.map((r) => r.document),
    sentences: all.flatMap((r) => r.sentences),
    entities: [...entities.values()],
    mentions: all.flatMap((r) => r.mentions),
    relations: [...relations.values()],
    evidence: all.flatMap((r) => r.evidence),
  };
}

async function writeRows(tx: ManagedTransaction, all: Rows[], keepIngestedAt = false) {
  const rows = mergeRows(all);
  await tx.run(
    `UNWIND $documents AS doc
     MERGE (d:Document {id: doc.id})
     SET d += doc, d.ingestedAt = CASE WHEN $keep AND d.ingestedAt IS NOT NULL THEN d.ingestedAt ELSE datetime() END`,
    { documents: rows.documents, keep: keepIngestedAt },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (d:Document {id: row.documentId})
     CREATE (s:Sentence {id: row.id})
     SET s += row
     CREATE (d)-[:HAS_SENTENCE]->(s)`,
    { rows: rows.sentences },
  );
  // Existing entities keep their names (a later curation may have edited them); only gaps are filled, and an entity
  // with none is not written at all (a write would lock it and update its full-text index entry for nothing).
  await tx.run(
    `CALL () {
       UNWIND $entities AS row
       MERGE (e:Entity {id: row.id})
       ON CREATE SET e += row
       WITH e, row
       WHERE (e.nameAr IS NULL AND row.nameAr IS NOT NULL) OR (e.wikidata IS NULL AND row.wikidata IS NOT NULL)
       SET e.nameAr = coalesce(e.nameAr, row.nameAr), e.wikidata = coalesce(e.wikidata, row.wikidata)
     }
     UNWIND $mentions AS row
     MATCH (s:Sentence {id: row.sentenceId}), (e:Entity {id: row.entityId})
     CREATE (s)-[m:MENTIONS]->(e)
     SET m.start = row.start, m.end = row.end, m.surface = row.surface, m.rule = row.rule, m.confidence = row.confidence`,
    { entities: rows.entities, mentions: rows.mentions },
  );
  await tx.run(
    `UNWIND $evidence AS row
     MATCH (s:Sentence {id: row.sentenceId})
     CREATE (v:Evidence {id: row.id})
     SET v += row
     CREATE (v)-[:FROM]->(s)`,
    { evidence: rows.evidence },
  );
  // Each relation's count and confidence grow by this batch's evidence: counting every Evidence node of a relation
  // instead would cost more as the corpus grows. Relations whose evidence was cleared first are counted again in full
  // afterwards (refreshRelations), so the stored counts stay exact.
  const byType = new Map<string, typeof rows.relations>();
  for (const r of rows.relations) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  for (const [type, list] of byType) await tx.run(MERGE_RELATIONS[type]!, { rows: list });
}

/**
 * Recomputes evidence counts, weight and confidence of the given relations from their Evidence nodes (a confirmed
 * relation stays at 1); a relation left without evidence goes. Shared by the writer and curation.
 */
export async function recountRelations(tx: ManagedTransaction, relations: { id: string; source: string; target: string }[]) {
  if (!relations.length) return;
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
     WHERE r.id = row.id
     CALL (r) {
       OPTIONAL MATCH (v:Evidence {relationId: r.id})
       RETURN count(v) AS n, max(v.confidence) AS confidence
     }
     FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE r)
     FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END |
       SET r.evidenceCount = n, r.confidence = CASE WHEN r.curated THEN 1.0 ELSE confidence END, r.weight = n)`,
    { rows: relations },
  );
}

/** Recomputes the given relations (recountRelations), then removes the given entities once nothing holds them. */
async function refreshRelations(tx: ManagedTransaction, relations: { id: string; source: string; target: string }[], entities: string[]) {
  await recountRelations(tx, relations);
  // Entities no sentence mentions any more and no relation holds are removed.
  if (entities.length) await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)--(:Entity) }
     DETACH DELETE e`,
    { ids: entities },
  );
}

export interface WriteOptions {
  /** Runs in the same transaction once the document is written: the curation replay, so no reader sees the graph without it. */
  afterWrite?: (tx: ManagedTransaction) => Promise<void>;
  /** Documents removed in the same transaction (the version a new text replaces). */
  remove?: string[];
  /** Extra Document properties (`replaces`, `version`). */
  documentExtra?: Record<string, string | number>;
}

function summaryOf(rows: Rows): WriteSummary {
  return {
    documentId: rows.document.id,
    sentences: rows.sentences.length,
    mentions: rows.mentions.length,
    entities: rows.entities.length,
    relations: rows.relations.length,
    evidence: rows.evidence.length,
  };
}

/** Writes (or rewrites) one document's extraction atomically. */
export async function writeExtraction(x: Extraction, pipelineVersion: string, opts: WriteOptions = {}): Promise<WriteSummary> {
  const rows = toRows(x, pipelineVersion, opts.documentExtra);
  await writeTx(async (tx) => {
    const removed = { relations: [] as Touched["relations"], entities: [] as string[] };
    for (const id of opts.remove ?? []) {
      if (id === rows.document.id) continue;
      const gone = await clearDocument(tx, id);
      await tx.run("MATCH (d:Document {id: $id}) DETACH DELETE d", { id });
      removed.relations.push(...gone.relations);
      removed.entities.push(...gone.entities);
    }
    const previous = await clearDocument(tx, rows.document.id);
    await writeRows(tx, [rows]);
    // Relations that lost evidence are counted again (those written now too: their count grew from a stale one).
    const touched = [...previous.relations, ...removed.relations];
    const entities = new Set([...previous.entities, ...removed.entities, ...touched.flatMap((r) => [r.source, r.target])]);
    await refreshRelations(tx, uniqueRelations(touched), [...entities]);
    await opts.afterWrite?.(tx);
  });
  return summaryOf(rows);
}

type Touched = Awaited<ReturnType<typeof clearDocuments>>;

/** One article of a batch: its extraction, the Document properties that go with it, and the documents it replaces. */
export interface BatchArticle {
  x: Extraction;
  documentExtra?: Record<string, string | number>;
}

/**
 * Writes several documents in one transaction, all or none: each replaces its earlier version (same id) and any other
 * document with the same `ingestKey` (an article whose text changed since the last run). Re-runs change nothing.
 * The bulk ingest's write path: one transaction and one statement per step for a whole batch.
 */
export async function writeExtractions(batch: BatchArticle[], pipelineVersion: string, opts: Pick<WriteOptions, "afterWrite"> = {}): Promise<WriteSummary[]> {
  const all = batch.map((a) => toRows(a.x, pipelineVersion, a.documentExtra));
  const ids = all.map((r) => r.document.id);
  if (new Set(ids).size !== ids.length) throw new Error("a batch holds the same document twice");
  const keyed = batch.flatMap((a, i) => (typeof a.documentExtra?.ingestKey === "string" ? [{ id: ids[i]!, key: a.documentExtra.ingestKey }] : []));
  await writeTx(async (tx) => {
    const replaced = keyed.length
      ? ((
          await tx.run(
            `UNWIND $docs AS doc
             MATCH (old:Document {ingestKey: doc.key}) WHERE old.id <> doc.id AND NOT old.id IN $ids
             RETURN collect(DISTINCT old.id) AS ids`,
            { docs: keyed, ids },
          )
        ).records[0]?.get("ids") as string[])
      : [];
    const previous = await clearDocuments(tx, [...ids, ...replaced]);
    if (replaced.length) await tx.run("UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d", { ids: replaced });
    await writeRows(tx, all);
    const entities = new Set([...previous.entities, ...previous.relations.flatMap((r) => [r.source, r.target])]);
    await refreshRelations(tx, uniqueRelations(previous.relations), [...entities]);
    await opts.afterWrite?.(tx);
  });
  return all.map(summaryOf);
}

function uniqueRelations(list: Touched["relations"]) {
  return [...new Map(list.map((r) => [r.id, r])).values()];
}

/** Removes documents with their sentences, mentions and evidence; relations and entities left with no support go too. */
export async function removeDocuments(tx: ManagedTransaction, ids: string[]): Promise<{ removed: string[] }> {
  const relations: Touched["relations"] = [];
  const entities = new Set<string>();
  const removed: string[] = [];
  for (const id of ids) {
    const gone = await clearDocument(tx, id);
    const res = await tx.run("MATCH (d:Document {id: $id}) WITH d, d.id AS id DETACH DELETE d RETURN id", { id });
    if (res.records.length > 0) removed.push(id);
    relations.push(...gone.relations);
    for (const e of [...gone.entities, ...gone.relations.flatMap((r) => [r.source, r.target])]) entities.add(e);
  }
  await refreshRelations(tx, uniqueRelations(relations), [...entities]);
  return { removed };
}

/**
 * Rewrites several documents from scratch in one transaction: everything they supported is first removed (so entities
 * and relations only they held are made again with the pipeline's own names), then they are written, then `afterWrite`.
 * Undo uses it: the documents a correction touched are extracted again and the remaining corrections re-applied.
 */
export async function rebuildDocuments(xs: Extraction[], pipelineVersion: string, opts: Pick<WriteOptions, "afterWrite"> & { extras?: Record<string, Record<string, string | number>> } = {}): Promise<WriteSummary[]> {
  const all = xs.map((x) => toRows(x, pipelineVersion, opts.extras?.[x.document.id]));
  await writeTx(async (tx) => {
    const relations: Touched["relations"] = [];
    const entities = new Set<string>();
    for (const rows of all) {
      const gone = await clearDocument(tx, rows.document.id);
      relations.push(...gone.relations);
      for (const e of [...gone.entities, ...gone.relations.flatMap((r) => [r.source, r.target])]) entities.add(e);
    }
    await refreshRelations(tx, uniqueRelations(relations), [...entities]);
    await writeRows(tx, all, true);
    await opts.afterWrite?.(tx);
  });
  return all.map(summaryOf);
}

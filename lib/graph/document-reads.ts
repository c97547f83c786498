// Document-level facts of the graph: how many, and which pipeline made them.
import { NotFoundError } from "../errors";
import { readTx } from "../neo4j";
import { toIsoString, toNumber } from "./values";

export async function countDocuments(): Promise<number> {
  return readTx(async (tx) => {
    const res = await tx.run("MATCH (d:Document) RETURN count(d) AS n");
    return toNumber(res.records[0]?.get("n"));
  });
}

/** Ids of the documents whose stored graph was made by another pipeline version. */
export async function staleDocuments(pipelineVersion: string): Promise<{ id: string; version: string | null }[]> {
  return readTx(async (tx) => {
    const res = await tx.run(
      "MATCH (d:Document) WHERE d.pipelineVersion IS NULL OR d.pipelineVersion <> $v RETURN d.id AS id, d.pipelineVersion AS version ORDER BY id",
      { v: pipelineVersion },
    );
    return res.records.map((r) => ({ id: String(r.get("id")), version: (r.get("version") as string | null) ?? null }));
  });
}

export interface DocumentSummary {
  id: string;
  title: string;
  lang: string;
  source?: string;
  /** The publication's name (bulk ingest, or the Add page). */
  outlet?: string;
  publishedAt?: string;
  pipelineVersion: string;
  ingestedAt: string;
  sentences: number;
  mentions: number;
  relations: number;
  /** 2 and up once a new version of the text replaced an earlier one. */
  version: number;
  /** The id of the version this one replaced. */
  replaces?: string;
}

export interface DocumentMention {
  start: number;
  end: number;
  entityId: string;
  name: string;
  type: string;
  rule: string;
}

/** A piece of evidence in the document: which relation it supports, where. */
export interface DocumentEvidence {
  relationId: string;
  type: string;
  source: string;
  target: string;
  sentenceIndex: number;
  start: number;
  end: number;
}

export interface DocumentDetails extends DocumentSummary {
  text: string;
  mentionSpans: DocumentMention[];
  sentenceSpans: { index: number; start: number; end: number }[];
  evidenceSpans: DocumentEvidence[];
}

function summary(p: Record<string, unknown>): DocumentSummary {
  return {
    id: String(p.id),
    title: String(p.title ?? ""),
    lang: String(p.lang ?? ""),
    ...(typeof p.source === "string" ? { source: p.source } : {}),
    ...(typeof p.outlet === "string" ? { outlet: p.outlet } : {}),
    ...(typeof p.publishedAt === "string" ? { publishedAt: p.publishedAt } : {}),
    pipelineVersion: String(p.pipelineVersion ?? ""),
    ingestedAt: toIsoString(p.ingestedAt),
    sentences: toNumber(p.sentenceCount),
    mentions: toNumber(p.mentionCount),
    relations: toNumber(p.relationCount),
    version: p.version == null ? 1 : toNumber(p.version),
    ...(typeof p.replaces === "string" ? { replaces: p.replaces } : {}),
  };
}

/** Every document with its counts, newest first. */
export async function listDocuments(): Promise<DocumentSummary[]> {
  return readTx(async (tx) => {
    const res = await tx.run("MATCH (d:Document) RETURN d {.*, text: null} AS d ORDER BY d.ingestedAt DESC, d.id");
    return res.records.map((r) => summary(r.get("d") as Record<string, unknown>));
  });
}

/** One document's text and every mention in it, in text order. */
export async function getDocument(id: string): Promise<DocumentDetails> {
  return readTx(async (tx) => {
    const doc = await tx.run("MATCH (d:Document {id: $id}) RETURN d", { id });
    const node = doc.records[0]?.get("d") as { properties: Record<string, unknown> } | undefined;
    if (!node) throw new NotFoundError(`no document with id "${id}"`);
    const mentions = await tx.run(
      `MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
       RETURN m.start AS start, m.end AS end, e.id AS entityId, e.name AS name, e.type AS type, m.rule AS rule
       ORDER BY start, end DESC`,
      { id },
    );
    const sentences = await tx.run(
      "MATCH (:Document {id: $id})-[:HAS_SENTENCE]->(s:Sentence) RETURN s.index AS index, s.start AS start, s.end AS end ORDER BY index",
      { id },
    );
    const evidence = await tx.run(
      `MATCH (v:Evidence {documentId: $id})-[:FROM]->(s:Sentence)
       RETURN v.relationId AS relationId, v.relationType AS type, v.source AS source, v.target AS target, s.index AS sentenceIndex, v.start AS start, v.end AS end
       ORDER BY start, relationId`,
      { id },
    );
    return {
      ...summary(node.properties),
      text: String(node.properties.text ?? ""),
      sentenceSpans: sentences.records.map((r) => ({ index: toNumber(r.get("index")), start: toNumber(r.get("start")), end: toNumber(r.get("end")) })),
      evidenceSpans: evidence.records.map((r) => ({
        relationId: String(r.get("relationId")),
        type: String(r.get("type") ?? ""),
        source: String(r.get("source")),
        target: String(r.get("target")),
        sentenceIndex: toNumber(r.get("sentenceIndex")),
        start: toNumber(r.get("start")),
        end: toNumber(r.get("end")),
      })),
      mentionSpans: mentions.records.map((r) => ({
        start: toNumber(r.get("start")),
        end: toNumber(r.get("end")),
        entityId: String(r.get("entityId")),
        name: String(r.get("name")),
        type: String(r.get("type")),
        rule: String(r.get("rule")),
      })),
    };
  });
}

// Document-level facts of the graph: how many, which pipeline made them, and the list of them a page at a time.
import neo4j from "neo4j-driver";
import { BadInputError, NotFoundError } from "../errors";
import { readTx } from "../neo4j";
import type { DocumentSort } from "./document-sorts";
import { toLuceneQuery } from "./lucene-query";
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


// Each order is one key and the id (unique), so a cursor (the last row's key and id) resumes exactly after it, however
// many documents arrive or go meanwhile. Undated documents publish on "" (after every date, newest first).
const SORT_KEY: Record<DocumentSort, { key: string; descending: boolean }> = {
  ingested: { key: "d.ingestedAt.epochMillis", descending: true },
  published: { key: "coalesce(substring(d.publishedAt, 0, 10), '')", descending: true },
  title: { key: "toLower(coalesce(d.title, ''))", descending: false },
};

const documentSource = (search: boolean) => (search ? "CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node AS d" : "MATCH (d:Document)");

/**
 * The statements of pageDocuments, exported so that bench/corpus.bench.ts runs exactly these. Parameters: $query (a
 * Lucene query, when `search`), $after ({key, id} of the last row of the previous page, or null), $limit.
 */
export const DOCUMENT_STATEMENTS = {
  count: (search: boolean) => `${documentSource(search)} RETURN count(d) AS total, count(d) - count(d.publishedAt) AS undated`,
  page: (sort: DocumentSort, search: boolean) => {
    const { key, descending } = SORT_KEY[sort];
    return `${documentSource(search)}
       WITH d, ${key} AS key
       WHERE $after IS NULL OR key ${descending ? "<" : ">"} $after.key OR (key = $after.key AND d.id > $after.id)
       RETURN d {.*, text: null} AS d, key
       ORDER BY key ${descending ? "DESC" : "ASC"}, d.id
       LIMIT $limit`;
  },
};

export interface DocumentPage {
  documents: DocumentSummary[];
  /** Documents matching `q` (every document without one). */
  total: number;
  /** Of those, how many have no publication date. */
  undated: number;
  /** Opaque: pass as `cursor` for the next page; absent on the last. */
  next?: string;
}

interface Cursor {
  sort: DocumentSort;
  key: string | number;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString("base64url");

/** A cursor as `pageDocuments` issued it for `sort`, or a 400. */
export function decodeCursor(cursor: string, sort: DocumentSort): Cursor {
  const bad = (why: string) => new BadInputError(`invalid cursor: ${why}`, { cursor: why });
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw bad("not one this API issued");
  }
  if (!Array.isArray(raw) || raw.length !== 3 || typeof raw[2] !== "string" || !(typeof raw[1] === "string" || typeof raw[1] === "number")) throw bad("not one this API issued");
  if (raw[0] !== sort) throw bad(`issued for sort=${String(raw[0])}, not sort=${sort}`);
  return { sort, key: raw[1], id: raw[2] };
}

/**
 * One page of documents (their counts, not their text): those whose title or text matches `q` (the full-text index,
 * Arabic analysed, as entity search), in `sort` order, at most `limit`, after `cursor`.
 */
export async function pageDocuments(opts: { q?: string; sort?: DocumentSort; limit?: number; cursor?: string } = {}): Promise<DocumentPage> {
  const sort = opts.sort ?? "ingested";
  const limit = Math.max(1, Math.min(200, Math.trunc(opts.limit ?? 50)));
  const after = opts.cursor ? decodeCursor(opts.cursor, sort) : null;
  const query = opts.q ? toLuceneQuery(opts.q) : null;
  return readTx(async (tx) => {
    const counts = await tx.run(DOCUMENT_STATEMENTS.count(Boolean(query)), { query });
    const res = await tx.run(DOCUMENT_STATEMENTS.page(sort, Boolean(query)), {
      query,
      after: after ? { key: typeof after.key === "number" ? neo4j.int(after.key) : after.key, id: after.id } : null,
      limit: neo4j.int(limit + 1),
    });
    const rows = res.records.slice(0, limit);
    const last = rows.at(-1);
    const documents = rows.map((r) => summary(r.get("d") as Record<string, unknown>));
    return {
      documents,
      total: toNumber(counts.records[0]?.get("total")),
      undated: toNumber(counts.records[0]?.get("undated")),
      ...(res.records.length > limit && last ? { next: encodeCursor({ sort, key: neo4j.isInt(last.get("key")) ? toNumber(last.get("key")) : String(last.get("key")), id: documents.at(-1)!.id }) } : {}),
    };
  });
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

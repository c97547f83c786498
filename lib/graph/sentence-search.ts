// Sentence search through the full-text index over sentences: the same normalisation and escaping as the entity search.
import "server-only";
import neo4j from "neo4j-driver";
import { readTx } from "../neo4j";
import type { SentenceHit } from "../types";
import { toLuceneQuery } from "./search";
import { entityNameFrom, nodeFields } from "./model";
import { toNumber } from "./values";

/** Sentences matching what a person typed, best first, each with its document and the entities it mentions. */
export async function searchSentences(input: string, limit = 20): Promise<SentenceHit[]> {
  const query = toLuceneQuery(input);
  if (!query) return [];
  return readTx(async (tx) => {
    const res = await tx.run(
      `CALL db.index.fulltext.queryNodes('sentence_text', $query, {limit: $limit})
       YIELD node AS s, score
       MATCH (d:Document)-[:HAS_SENTENCE]->(s)
       CALL (s) {
         OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
         WITH m, e ORDER BY m.start
         RETURN collect(CASE WHEN m IS NULL THEN null ELSE {start: m.start - s.start, end: m.end - s.start, entityId: e.id} END) AS mentions,
                collect(DISTINCT CASE WHEN e IS NULL THEN null ELSE ${nodeFields("e")} END) AS entities
       }
       RETURN d.id AS docId, d.title AS title, d.lang AS lang, s.index AS index, s.text AS text, score, mentions, entities
       ORDER BY score DESC, docId, index`,
      { query, limit: neo4j.int(Math.max(1, Math.min(100, Math.trunc(limit)))) },
    );
    return res.records.map((r): SentenceHit => ({
      document: { id: String(r.get("docId")), title: String(r.get("title") ?? ""), lang: String(r.get("lang") ?? "") },
      sentence: { index: toNumber(r.get("index")), text: String(r.get("text")) },
      score: toNumber(r.get("score")),
      mentions: (r.get("mentions") as { start: unknown; end: unknown; entityId: unknown }[]).map((m) => ({ start: toNumber(m.start), end: toNumber(m.end), entityId: String(m.entityId) })),
      entities: (r.get("entities") as Record<string, unknown>[]).map(entityNameFrom),
    }));
  });
}

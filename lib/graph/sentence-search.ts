// Sentence search through the full-text index over sentences, the same normalisation and escaping as the entity search,
// widened across languages: the entities the words name (by any of their names) bring the sentences that mention them.
import "server-only";
import neo4j from "neo4j-driver";
import { readTx } from "../neo4j";
import type { SentenceHit } from "../types";
import { toLuceneQuery } from "./search";
import { entityNameFrom, nodeFields } from "./model";
import { toNumber } from "./values";

/** At most this many entities widen a sentence search, each scoring at least this share of the best. */
const ENTITY_EXPANSION = { max: 3, share: 0.6 };

/**
 * Sentences matching what a person typed, best first, each with its document and the entities it mentions. "Taiwan"
 * finds the Arabic sentences naming تايوان: the words are looked up in the entity index too (names, Arabic names,
 * aliases), and sentences mentioning the best-matching entities join the text hits.
 */
export async function searchSentences(input: string, limit = 20): Promise<SentenceHit[]> {
  const query = toLuceneQuery(input);
  if (!query) return [];
  const cap = Math.max(1, Math.min(100, Math.trunc(limit)));
  return readTx(async (tx) => {
    const named = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $max}) YIELD node, score
       RETURN node.id AS id, score ORDER BY score DESC, id`,
      { query, max: neo4j.int(ENTITY_EXPANSION.max) },
    );
    const best = named.records[0] ? toNumber(named.records[0].get("score")) : 0;
    const entities = named.records.map((r) => ({ id: String(r.get("id")), score: toNumber(r.get("score")) })).filter((e) => e.score >= best * ENTITY_EXPANSION.share);
    const res = await tx.run(
      `CALL () {
         CALL db.index.fulltext.queryNodes('sentence_text', $query, {limit: $limit}) YIELD node AS s, score
         RETURN s, score
         UNION ALL
         UNWIND $entities AS named
         MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: named.id})
         RETURN s, named.score AS score
       }
       WITH s, max(score) AS score
       ORDER BY score DESC
       LIMIT $limit
       MATCH (d:Document)-[:HAS_SENTENCE]->(s)
       CALL (s) {
         OPTIONAL MATCH (s)-[m:MENTIONS]->(e:Entity)
         WITH m, e ORDER BY m.start
         RETURN collect(CASE WHEN m IS NULL THEN null ELSE {start: m.start - s.start, end: m.end - s.start, entityId: e.id} END) AS mentions,
                collect(DISTINCT CASE WHEN e IS NULL THEN null ELSE ${nodeFields("e")} END) AS entities
       }
       RETURN d.id AS docId, d.title AS title, d.lang AS lang, s.index AS index, s.text AS text, score, mentions, entities
       ORDER BY score DESC, docId, index`,
      { query, entities, limit: neo4j.int(cap) },
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

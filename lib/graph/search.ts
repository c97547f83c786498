// Entity search through the Neo4j full-text index: names, Arabic names and aliases, with or without Arabic prefixes, typo-tolerant.
import "server-only";
import { readOnce } from "../neo4j";
import { toLuceneQuery } from "./lucene-query";
import { entityNameFrom, nodeFields } from "./model";
import { toNumber } from "./values";

export { toLuceneQuery };

export interface EntityHit {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
  score: number;
}

/** The search statement ($query: toLuceneQuery's output, $limit), exported so that bench/bare-server.ts runs exactly it. */
export const SEARCH_STATEMENT = `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
       YIELD node, score
       RETURN ${nodeFields("node")} AS entity, score
       ORDER BY score DESC, node.id`;

export async function searchEntities(input: string, limit = 10): Promise<EntityHit[]> {
  const query = toLuceneQuery(input);
  if (!query) return [];
  const res = await readOnce(SEARCH_STATEMENT, { query, limit: toNumberParam(limit) });
  return res.records.map((r) => ({ ...entityNameFrom(r.get("entity") as Record<string, unknown>), score: toNumber(r.get("score")) }));
}

function toNumberParam(n: number) {
  return Math.max(1, Math.min(50, Math.trunc(n)));
}

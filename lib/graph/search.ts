// Entity search through the Neo4j full-text index: names, Arabic names and aliases, with or without Arabic prefixes, typo-tolerant.
import "server-only";
import { normalizeText } from "../../graph-seed/normalize-arabic";
import { readOnce } from "../neo4j";
import { entityNameFrom, nodeFields } from "./model";
import { toNumber } from "./values";

export interface EntityHit {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
  score: number;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The Lucene query for what a person typed: normalised by the pipeline's own code, special characters escaped, and each
 * word matched as analysed (Lucene's Arabic analyzer strips prefixes such as وال / لل) or within one edit ("ورسيا", "Rusia").
 */
export function toLuceneQuery(input: string): string | null {
  const words = normalizeText(input)
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0 && !/^(and|or|not|to)$/i.test(w))
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 4 ? `(${w} OR ${w}~1)` : w)).join(" AND ");
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

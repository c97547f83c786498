// What a person typed, as a query for the full-text indexes (entity, sentence and document search). Client- and
// script-safe: no driver, no server-only import (the seed reads document-reads, which uses it).
import { normalizeText } from "../../graph-seed/normalize-arabic";

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

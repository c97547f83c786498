// The graph's constraints and indexes; every statement is idempotent.
import { RELATION_TYPES } from "../../graph-seed/relation-types";
import { runAuto } from "../neo4j";

export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
  "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId)",
  "CREATE INDEX evidence_document IF NOT EXISTS FOR (v:Evidence) ON (v.documentId)",
  "CREATE INDEX evidence_speaker IF NOT EXISTS FOR (v:Evidence) ON (v.speaker)",
  // The bulk ingest finds an article's earlier version by its key (source URL or file) to skip or replace it.
  "CREATE INDEX document_ingest_key IF NOT EXISTS FOR (d:Document) ON (d.ingestKey)",
  "CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId)",
  "CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
  // Lucene's Arabic analyzer folds letters and strips the article and common prefixes (وال, بال, لل …).
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.nameAr, e.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  // The documents page's search: title and text together, so the words of a query may fall in different sentences.
  "CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS FOR (s:Sentence) ON EACH [s.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  // Rejected relations, found without walking the graph (degrees subtract them: queries.ts, REJECTED_ENDS). A
  // relationship index takes one type, so one per relation type; only rejected relations have the property.
  ...Object.keys(RELATION_TYPES).map((type) => `CREATE INDEX relation_rejected_${type.toLowerCase()} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.rejected)`),
];

/** Creates every constraint and index that is missing, and waits until they are online. */
export async function ensureSchema(): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await runAuto(statement);
  await runAuto("CALL db.awaitIndexes(60)");
}

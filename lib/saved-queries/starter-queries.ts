// The starter library: queries written for this graph, installed once on a fresh database.
import type { ParamDef } from "./parameters";

export interface StarterQuery {
  slug: string;
  name: string;
  description: string;
  cypher: string;
  parameters: ParamDef[];
  tags: string[];
}

const entity = (name: string, label: string): ParamDef => ({ name, type: "entity", required: true, label });
const limit = (value: number): ParamDef => ({ name: "limit", type: "integer", required: false, default: value, label: "At most" });
// Relations a person rejected are left out unless asked for, as in the explorer.
const rejected: ParamDef = { name: "rejected", type: "boolean", required: false, default: false, label: "Include rejected relations" };
const SHOWN = (r: string) => `($rejected OR ${r}.rejected IS NULL)`;

export const STARTER_QUERIES: StarterQuery[] = [
  {
    slug: "neighbourhood",
    name: "Neighbourhood of an entity",
    description: "Every entity directly related to one entity, with the relations between them.",
    cypher: `MATCH p = (e:Entity {id: $entity})-[r]-(n:Entity)\nWHERE ${SHOWN("r")}\nRETURN p\nLIMIT $limit`,
    parameters: [entity("entity", "Entity"), limit(50), rejected],
    tags: ["explore"],
  },
  {
    slug: "shortest-path",
    name: "Shortest path between two entities",
    description: "How two entities connect through the graph's relations (entities only, up to six steps).",
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})\nMATCH p = shortestPath((a)-[*..6]-(b))\nWHERE all(x IN nodes(p) WHERE x:Entity) AND all(r IN relationships(p) WHERE ${SHOWN("r")})\nRETURN p`,
    parameters: [entity("from", "From"), entity("to", "To"), rejected],
    tags: ["explore", "paths"],
  },
  {
    slug: "relations-between",
    name: "Every relation between two entities, with its evidence",
    description: "Each relation between A and B and the sentence that supports it, with the supporting span.",
    cypher:
      `MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})\nWHERE ${SHOWN("r")}\n` +
      "MATCH (v:Evidence {relationId: r.id})-[:FROM]->(s:Sentence)\nRETURN type(r) AS relation, startNode(r).id AS source, endNode(r).id AS target,\n       substring(s.text, v.start - s.start, v.end - v.start) AS evidence, s.text AS sentence, v.speaker AS speaker, a, r, b\nORDER BY relation, s.documentId, s.index",
    parameters: [entity("a", "Entity A"), entity("b", "Entity B"), rejected],
    tags: ["evidence"],
  },
  {
    slug: "stances",
    name: "What an entity supports, opposes or cooperates with",
    description: "The entity's SUPPORTS, OPPOSES and COOPERATES_WITH relations, with modality and amount of evidence.",
    cypher:
      `MATCH (e:Entity {id: $entity})-[r:SUPPORTS|OPPOSES|COOPERATES_WITH]-(other:Entity)\nWHERE ${SHOWN("r")}\n` +
      "RETURN type(r) AS relation, other.name AS counterpart, r.modality AS modality, r.evidenceCount AS evidence, e, r, other\nORDER BY relation, counterpart",
    parameters: [entity("entity", "Entity"), rejected],
    tags: ["stances"],
  },
  {
    slug: "most-connected",
    name: "Most connected entities",
    description: "Entities by the number of relations they take part in.",
    cypher: `MATCH (e:Entity)\nRETURN e.name AS entity, e.type AS type, COUNT { (e)-[r]-(:Entity) WHERE ${SHOWN("r")} } AS degree\nORDER BY degree DESC, entity\nLIMIT $limit`,
    parameters: [limit(20), rejected],
    tags: ["overview"],
  },
  {
    slug: "sentences-mentioning-both",
    name: "Sentences that mention both A and B",
    description: "Every sentence naming both entities, in document order.",
    cypher:
      "MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(:Entity {id: $a})\nWHERE EXISTS { (s)-[:MENTIONS]->(:Entity {id: $b}) }\nRETURN DISTINCT d.title AS document, s.index AS sentence, s.text AS text\nORDER BY document, sentence",
    parameters: [entity("a", "Entity A"), entity("b", "Entity B")],
    tags: ["evidence"],
  },
  {
    slug: "documents-mentioning",
    name: "Documents that mention an entity",
    description: "Each document naming the entity and how often.",
    cypher:
      "MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(:Entity {id: $entity})\nRETURN d.id AS id, d.title AS title, d.lang AS lang, count(m) AS mentions\nORDER BY mentions DESC, title",
    parameters: [entity("entity", "Entity")],
    tags: ["documents"],
  },
  {
    slug: "relations-by-type",
    name: "Relations of a type above a confidence",
    description: "Typed relations (SUPPORTS, OPPOSES, LEADER_OF, …) at or above a minimum confidence.",
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)\nWHERE type(r) = $type AND r.confidence >= $minConfidence AND ${SHOWN("r")}\nRETURN a, r, b\nORDER BY r.confidence DESC, r.id\nLIMIT $limit`,
    parameters: [
      { name: "type", type: "relationType", required: true, default: "SUPPORTS", label: "Relation type" },
      { name: "minConfidence", type: "float", required: false, default: 0.5, label: "Minimum confidence" },
      limit(100),
      rejected,
    ],
    tags: ["overview"],
  },
];

/**
 * The Cypher the starters had before rejected relations were left out: a starter still holding one of these (nobody
 * edited it) is brought up to date at the next start; an edited one is left alone.
 */
export const PREVIOUS_STARTER_CYPHER: Record<string, string[]> = {
  neighbourhood: ["MATCH p = (e:Entity {id: $entity})-[r]-(n:Entity)\nRETURN p\nLIMIT $limit"],
  "shortest-path": ["MATCH (a:Entity {id: $from}), (b:Entity {id: $to})\nMATCH p = shortestPath((a)-[*..6]-(b))\nWHERE all(x IN nodes(p) WHERE x:Entity)\nRETURN p"],
  "relations-between": [
    "MATCH (a:Entity {id: $a})-[r]-(b:Entity {id: $b})\nMATCH (v:Evidence {relationId: r.id})-[:FROM]->(s:Sentence)\nRETURN type(r) AS relation, startNode(r).id AS source, endNode(r).id AS target,\n       substring(s.text, v.start - s.start, v.end - v.start) AS evidence, s.text AS sentence, v.speaker AS speaker, a, r, b\nORDER BY relation, s.documentId, s.index",
  ],
  stances: [
    "MATCH (e:Entity {id: $entity})-[r:SUPPORTS|OPPOSES|COOPERATES_WITH]-(other:Entity)\nRETURN type(r) AS relation, other.name AS counterpart, r.modality AS modality, r.evidenceCount AS evidence, e, r, other\nORDER BY relation, counterpart",
  ],
  "most-connected": ["MATCH (e:Entity)\nRETURN e.name AS entity, e.type AS type, COUNT { (e)--(:Entity) } AS degree\nORDER BY degree DESC, entity\nLIMIT $limit"],
  "relations-by-type": ["MATCH (a:Entity)-[r]->(b:Entity)\nWHERE type(r) = $type AND r.confidence >= $minConfidence\nRETURN a, r, b\nORDER BY r.confidence DESC, r.id\nLIMIT $limit"],
};

/**
 * The parameters a starter had before its relation type became a "relation type" parameter (a choice among the
 * graph's types, not free text): a starter still holding them is brought up to date at the next start.
 */
export const PREVIOUS_STARTER_PARAMETERS: Record<string, string[]> = Object.fromEntries(
  STARTER_QUERIES.filter((q) => q.slug === "relations-by-type").map((q) => [q.slug, [JSON.stringify(q.parameters.map((p) => (p.type === "relationType" ? { ...p, type: "string" } : p)))]]),
);

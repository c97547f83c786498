// Shared helpers of the integration tests: graph counts and a clean slate, on the real test database.
import fs from "node:fs";
import path from "node:path";
import { readTx, runAuto } from "@/lib/neo4j";
import { toNumber } from "@/lib/graph/values";
import { DEGREE } from "@/lib/graph/views";
import { RELATION_TYPES } from "@/graph-seed/relation-types";

export const SEED_ARTICLE = path.join(process.cwd(), "graph-seed", "articles", "article-ar.txt");
export const seedText = () => fs.readFileSync(SEED_ARTICLE, "utf8");

export async function clearGraph() {
  await runAuto("MATCH (n) DETACH DELETE n");
}

/** Node counts per label and relationship counts per type: a fingerprint of the whole graph. */
export async function graphCounts(): Promise<Record<string, number>> {
  return readTx(async (tx) => {
    const counts: Record<string, number> = {};
    const labels = await tx.run("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n");
    for (const r of labels.records) counts[`:${r.get("l")}`] = toNumber(r.get("n"));
    const types = await tx.run("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n");
    for (const r of types.records) counts[`-${r.get("t")}-`] = toNumber(r.get("n"));
    return counts;
  });
}

/** Every entity, relation and piece of evidence with what defines it: two graphs with the same fingerprint hold the same knowledge. */
export async function graphFingerprint() {
  return readTx(async (tx) => {
    const entities = await tx.run(
      "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.nameAr AS nameAr, e.type AS type, e.aliases AS aliases, e.wikidata AS wikidata ORDER BY id",
    );
    const relations = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.evidenceCount AS n, r.confidence AS confidence, r.curated AS curated, r.rejected AS rejected
       ORDER BY id`,
    );
    const evidence = await tx.run("MATCH (v:Evidence)-[:FROM]->(s:Sentence) RETURN v.id AS id, v.relationId AS relation, s.id AS sentence ORDER BY id");
    const mentions = await tx.run("MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity) RETURN s.id + ':' + toString(m.start) + '-' + toString(m.end) + '>' + e.id AS m ORDER BY m");
    return {
      counts: await graphCounts(),
      entities: entities.records.map((r) => r.toObject() as Record<string, unknown>),
      relations: relations.records.map((r) => ({
        ...(r.toObject() as Record<string, unknown>),
        id: String(r.get("id")),
        n: toNumber(r.get("n")),
        confidence: Math.round(Number(r.get("confidence")) * 1000) / 1000,
        rejected: (r.get("rejected") as boolean | null) ?? null,
      })),
      evidence: evidence.records.map((r) => r.toObject()),
      mentions: mentions.records.map((r) => r.get("m") as string),
    };
  });
}

/** What must always hold: each relation's evidenceCount is its evidence, each piece of evidence has its relation. */
export async function graphInvariants(): Promise<string[]> {
  return readTx(async (tx) => {
    const problems: string[] = [];
    const counts = await tx.run(
      `MATCH (a:Entity)-[r]->(b:Entity)
       OPTIONAL MATCH (v:Evidence {relationId: r.id})
       WITH r, a, b, count(v) AS n
       WHERE n <> r.evidenceCount OR n = 0 OR r.id <> toLower(type(r)) + ':' + a.id + ':' + b.id
       RETURN r.id AS id, n, r.evidenceCount AS stored`,
    );
    for (const r of counts.records) problems.push(`relation ${r.get("id")}: ${r.get("n")} evidence, evidenceCount ${r.get("stored")}`);
    const orphans = await tx.run(
      `MATCH (v:Evidence)
       WHERE NOT EXISTS { MATCH (a:Entity {id: v.source})-[r]->(b:Entity {id: v.target}) WHERE r.id = v.relationId }
          OR NOT EXISTS { (v)-[:FROM]->(:Sentence) } OR NOT v.id STARTS WITH v.relationId + '@'
       RETURN v.id AS id`,
    );
    for (const r of orphans.records) problems.push(`evidence ${r.get("id")} has no relation or sentence`);
    const lonely = await tx.run("MATCH (e:Entity) WHERE NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) } AND NOT EXISTS { (e)--(:Entity) } RETURN e.id AS id");
    for (const r of lonely.records) problems.push(`entity ${r.get("id")} is held by nothing`);
    // Degrees are read from relationship counts less the indexed rejected relations (queries.ts): they must equal a
    // walk over every relation at the entity, and that only holds while entities are joined by the pipeline's types.
    const types = await tx.run("MATCH (:Entity)-[r]-(:Entity) WHERE NOT type(r) IN $types RETURN DISTINCT type(r) AS type", { types: Object.keys(RELATION_TYPES) });
    for (const r of types.records) problems.push(`entities joined by ${r.get("type")}, not a relation type`);
    const degrees = await tx.run(
      `MATCH (e:Entity)
       WITH e, ${DEGREE} AS degree, COUNT { (e)-[r]-(other:Entity) WHERE r.rejected IS NULL } AS walked
       WHERE degree <> walked
       RETURN e.id AS id, degree, walked`,
    );
    for (const r of degrees.records) problems.push(`entity ${r.get("id")}: degree ${r.get("degree")}, ${r.get("walked")} relations not rejected`);
    return problems;
  });
}

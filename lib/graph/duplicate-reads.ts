// What the duplicate review reads from the graph: every entity's names, and for candidate pairs the roles they share
// and whether they are named side by side.
import "server-only";
import type { ManagedTransaction, Node } from "neo4j-driver";
import { readTx } from "../neo4j";
import type { DuplicateCandidate } from "../duplicates/suggest";
import { entityFromProperties } from "./model";
import { toNumber } from "./values";
import { ENTITY_RELATIONS, TYPED_RELATIONS } from "./views";

/** Every entity with its names, type, Wikidata id and number of relations. */
export async function readDuplicateCandidates(tx: ManagedTransaction): Promise<DuplicateCandidate[]> {
  const res = await tx.run(`MATCH (e:Entity) RETURN e, COUNT { (e)-[:${ENTITY_RELATIONS}]-() } AS degree`);
  return res.records.map((r) => {
    const { id, name, nameAr, type, aliases, wikidata } = entityFromProperties((r.get("e") as Node).properties as Record<string, unknown>);
    return { id, name, ...(nameAr ? { nameAr } : {}), type, aliases, ...(wikidata ? { wikidata } : {}), degree: toNumber(r.get("degree")) };
  });
}

export interface PairFacts {
  /** Sentences that name both (as two different entities). */
  together: number;
  /** Typed relations both have, the same way round, with the same entity: "SUPPORTS → China". */
  roles: string[];
}

/** For each pair `[a, b]`, its PairFacts, keyed `a|b` as given. */
export async function readPairFacts(tx: ManagedTransaction, pairs: [string, string][]): Promise<Map<string, PairFacts>> {
  if (!pairs.length) return new Map();
  const res = await tx.run(
    `UNWIND $pairs AS p
     MATCH (a:Entity {id: p[0]}), (b:Entity {id: p[1]})
     RETURN p[0] + '|' + p[1] AS key,
       COUNT { (a)-[:CO_MENTIONED]-(b) } AS together,
       COLLECT { MATCH (a)-[r:${TYPED_RELATIONS}]->(o:Entity)<-[r2]-(b) WHERE type(r2) = type(r) AND o <> a AND o <> b AND r.rejected IS NULL AND r2.rejected IS NULL
                 RETURN DISTINCT type(r) + ' → ' + o.name AS role LIMIT 3 }
       + COLLECT { MATCH (a)<-[r:${TYPED_RELATIONS}]-(o:Entity)-[r2]->(b) WHERE type(r2) = type(r) AND o <> a AND o <> b AND r.rejected IS NULL AND r2.rejected IS NULL
                 RETURN DISTINCT o.name + ' ' + type(r) + ' →' AS role LIMIT 3 } AS roles`,
    { pairs },
  );
  return new Map(res.records.map((r) => [String(r.get("key")), { together: toNumber(r.get("together")), roles: (r.get("roles") as string[]).slice(0, 3) }]));
}

/** Which of these ids name no entity. */
export async function missingEntities(ids: string[]): Promise<string[]> {
  return readTx(async (tx) => {
    const res = await tx.run("UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN id", { ids });
    return res.records.map((r) => String(r.get("id")));
  });
}

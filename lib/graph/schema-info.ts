// What the graph holds, for the Cypher editor's completion: labels, relationship types, property keys.
import "server-only";
import { readTx } from "../neo4j";

export interface SchemaInfo {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export async function getSchemaInfo(): Promise<SchemaInfo> {
  return readTx(async (tx) => {
    const list = async (cypher: string) => (await tx.run(cypher)).records.map((r) => String(r.get(0))).sort();
    return {
      labels: await list("CALL db.labels() YIELD label RETURN label"),
      relationshipTypes: await list("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"),
      propertyKeys: await list("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey"),
    };
  });
}

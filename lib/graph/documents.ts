// Document-level facts of the graph: how many, and which pipeline made them.
import { readTx } from "../neo4j";
import { toNumber } from "./values";

export async function countDocuments(): Promise<number> {
  return readTx(async (tx) => {
    const res = await tx.run("MATCH (d:Document) RETURN count(d) AS n");
    return toNumber(res.records[0]?.get("n"));
  });
}

/** Ids of the documents whose stored graph was made by another pipeline version. */
export async function staleDocuments(pipelineVersion: string): Promise<{ id: string; version: string | null }[]> {
  return readTx(async (tx) => {
    const res = await tx.run(
      "MATCH (d:Document) WHERE d.pipelineVersion IS NULL OR d.pipelineVersion <> $v RETURN d.id AS id, d.pipelineVersion AS version ORDER BY id",
      { v: pipelineVersion },
    );
    return res.records.map((r) => ({ id: String(r.get("id")), version: (r.get("version") as string | null) ?? null }));
  });
}

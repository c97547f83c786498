// The seed against a real Neo4j: schema, the design-card entities, exact offsets, idempotent re-runs, all-or-nothing writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { toNumber } from "@/lib/graph/values";
import { closeDriver, readTx } from "@/lib/neo4j";
import { ingest, prepare } from "@/lib/documents/ingest";
import { writeExtraction } from "@/lib/graph/write";
import { clearGraph, graphCounts, seedText } from "./helpers";

const DESIGN_CARD = ["china", "russia", "belt-and-road-initiative", "eurasian-economic-union", "taiwan"];

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("schema", () => {
  it("is idempotent: a second run creates nothing new", async () => {
    const list = () =>
      readTx(async (tx) => {
        const names: string[] = [];
        for (const q of ["SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name"]) names.push(...(await tx.run(q)).records.map((r) => r.get("name") as string));
        return names.sort();
      });
    const before = await list();
    await ensureSchema();
    expect(await list()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(["entity_id", "document_id", "sentence_id", "evidence_id", "evidence_relation", "entity_names"]));
  });
});

describe("seeding the article", () => {
  it("writes the five design-card entities with mentions whose offsets slice the article to their surface", async () => {
    const text = seedText();
    const summary = await ingest(text);
    expect(summary.entities).toBeGreaterThanOrEqual(5);
    const rows = await readTx(async (tx) =>
      (
        await tx.run(
          `MATCH (d:Document {id: $doc})-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
           RETURN e.id AS entity, m.start AS start, m.end AS end, m.surface AS surface, s.start AS sStart, s.end AS sEnd, s.text AS sText`,
          { doc: summary.documentId },
        )
      ).records.map((r) => ({
        entity: r.get("entity") as string,
        start: toNumber(r.get("start")),
        end: toNumber(r.get("end")),
        surface: r.get("surface") as string,
        sStart: toNumber(r.get("sStart")),
        sEnd: toNumber(r.get("sEnd")),
        sText: r.get("sText") as string,
      })),
    );
    const entities = new Set(rows.map((r) => r.entity));
    for (const id of DESIGN_CARD) expect(entities).toContain(id);
    expect(rows.length).toBe(summary.mentions);
    for (const r of rows) {
      expect(text.slice(r.start, r.end)).toBe(r.surface);
      expect(text.slice(r.sStart, r.sEnd)).toBe(r.sText);
      expect(r.start).toBeGreaterThanOrEqual(r.sStart);
      expect(r.end).toBeLessThanOrEqual(r.sEnd);
    }
    // China's Arabic name occurs in the text as a mention of China.
    expect(rows.some((r) => r.entity === "china" && r.surface.includes("الصين"))).toBe(true);
  });

  it("re-running changes no counts, and every relation keeps evidence that points at a sentence", async () => {
    const before = await graphCounts();
    await ingest(seedText());
    expect(await graphCounts()).toEqual(before);
    const orphans = await readTx(async (tx) =>
      toNumber((await tx.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT EXISTS { MATCH (v:Evidence {relationId: r.id})-[:FROM]->(:Sentence) } RETURN count(r) AS n")).records[0]?.get("n")),
    );
    expect(orphans).toBe(0);
    const mismatched = await readTx(async (tx) =>
      toNumber((await tx.run("MATCH (a:Entity)-[r]->(b:Entity) WHERE r.evidenceCount <> COUNT { (v:Evidence {relationId: r.id}) } RETURN count(r) AS n")).records[0]?.get("n")),
    );
    expect(mismatched).toBe(0);
  });

  it("records each run in SQLite", async () => {
    const doc = prepare(seedText()).document.id;
    const runs = await getDb().ingestRun.findMany({ where: { documentId: doc } });
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.every((r) => r.status === "ok" && r.sentences > 0)).toBe(true);
  });

  it("a second article merges into the same entities", async () => {
    const before = await graphCounts();
    const second = await ingest("قالت روسيا إن الصين شريك مهم. وزار الرئيس الصيني موسكو.", { title: "second" });
    const after = await graphCounts();
    expect(after[":Document"]).toBe((before[":Document"] ?? 0) + 1);
    expect(after[":Entity"]).toBe(before[":Entity"]);
    const docs = await readTx(async (tx) =>
      (await tx.run("MATCH (d:Document)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: 'russia'}) RETURN collect(DISTINCT d.id) AS ids")).records[0]?.get("ids") as string[],
    );
    expect(docs).toContain(second.documentId);
    expect(docs.length).toBe(2);
  });

  it("a failing write leaves no half document", async () => {
    const before = await graphCounts();
    const x = prepare("الصين وروسيا بلدان جاران.", { title: "broken" });
    // A relation type Cypher cannot take is refused before anything is written…
    x.relations.push({ id: "bad", type: "NOT-VALID", source: "china", target: "russia", confidence: 1, modality: "fact", evidence: [] });
    await expect(writeExtraction(x, "test")).rejects.toThrow(/invalid relation type/);
    // …and a relation pointing at a sentence that does not exist fails inside the transaction, which rolls back.
    const y = prepare("الصين وروسيا بلدان جاران.", { title: "broken" });
    y.relations.push({ id: "x", type: "CO_MENTIONED", source: "china", target: "russia", confidence: 1, modality: "fact", evidence: [{ sentence: 99, start: 0, end: 1, rule: "t", confidence: 1 }] });
    y.entities.push({ id: "nobody", name: "Nobody", type: "person", aliases: [], mentions: [{ entityId: "nobody", sentence: 99, start: 0, end: 1, surface: "x", rule: "exact", confidence: 1 }] });
    y.sentences.push({ index: 99, start: 0, end: 1, text: "x" });
    y.sentences.push({ index: 99, start: 0, end: 1, text: "x" }); // a duplicate sentence id violates the unique constraint
    await expect(writeExtraction(y, "test")).rejects.toThrow();
    expect(await graphCounts()).toEqual(before);
  });
});

// POST /api/documents against real Neo4j and SQLite: an article lands; bad input is refused and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/documents/route";
import { closeDb, getDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver, readTx } from "@/lib/neo4j";
import { clearGraph, graphCounts } from "./helpers";

const post = (body: unknown, headers: Record<string, string> = {}) =>
  POST(new Request("http://test/api/documents", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }));

const ARTICLE = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing. Putin said Russia supports China's position on Taiwan.";

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("POST /api/documents", () => {
  it("runs the pipeline and answers with the summary", async () => {
    const res = await post({ text: ARTICLE, title: "Putin and Xi", source: "https://example.org/a", publishedAt: "2022-02-04" });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ title: "Putin and Xi", lang: "en", sentences: 2 });
    expect(body.top.map((e: { id: string }) => e.id)).toContain("vladimir-putin");
    const doc = await readTx(async (tx) => (await tx.run("MATCH (d:Document {id: $id}) RETURN d.source AS source, d.publishedAt AS publishedAt, d.title AS title", { id: body.documentId })).records[0]);
    expect(doc?.get("source")).toBe("https://example.org/a");
    expect(doc?.get("publishedAt")).toBe("2022-02-04");
    const supports = await readTx(async (tx) => (await tx.run("MATCH (:Entity {id: 'russia'})-[r:SUPPORTS]->(:Entity {id: 'china'}) RETURN r.topic AS topic, r.evidenceCount AS n")).records[0]);
    expect(supports?.get("topic")).toBe("taiwan");
    const runs = await getDb().ingestRun.count({ where: { documentId: body.documentId } });
    expect(runs).toBe(1);
  });

  it.each([
    ["not JSON", "{text:", 400, "bad_request"],
    ["no text", { title: "x" }, 400, "bad_request"],
    ["empty text", { text: "   " }, 400, "bad_request"],
    ["a bad language", { text: ARTICLE, lang: "fr" }, 400, "bad_request"],
    ["a bad source", { text: ARTICLE, source: "javascript:alert(1)" }, 400, "bad_request"],
    ["a bad date", { text: ARTICLE, publishedAt: "soon" }, 400, "bad_request"],
    ["an unknown field", { text: ARTICLE, admin: true }, 400, "bad_request"],
    ["NUL bytes", { text: "binary\u0000data" }, 422, "unprocessable"],
    ["an oversized article", { text: "ا".repeat(1_000_001) }, 413, "too_large"],
  ])("refuses %s without writing anything", async (_what, body, status, code) => {
    const before = await graphCounts();
    const res = await post(body);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
    expect(await graphCounts()).toEqual(before);
  });
});

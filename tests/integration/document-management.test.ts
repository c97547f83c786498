// Deleting, replacing and re-ingesting documents against real Neo4j and SQLite: exact counts, undo, re-seeds, bad input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PUT as replaceRoute } from "@/app/api/documents/[id]/route";
import { POST as reingestRoute } from "@/app/api/documents/[id]/reingest/route";
import { POST as undoRoute } from "@/app/api/curation/[id]/undo/route";
import { closeDb, getDb } from "@/lib/db";
import { getEntity, getRelation } from "@/lib/graph/views";
import { getDocument, listDocuments } from "@/lib/graph/document-reads";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver } from "@/lib/neo4j";
import { ingest } from "@/lib/documents/ingest";
import path from "node:path";
import { clearGraph, graphCounts, graphFingerprint, graphInvariants, seedText } from "./helpers";

// A and B share Narendra Modi, India, Japan and trade; Pakistan and Safadi are only in A, Shinzo Abe and Tokyo only in B.
const A = "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade. Foreign Minister Ayman al-Safadi praised Modi and Japan.";
const B = "Narendra Modi met Shinzo Abe in Tokyo. Modi said India supports Japan on trade. Modi thanked Japan.";
const A2 = "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan opposes India on trade."; // the pipeline reads: Pakistan OPPOSES trade

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const del = async (id: string, body?: string, headers: Record<string, string> = {}) => {
  const res = await deleteRoute(new Request(`http://test/api/documents/${id}`, { method: "DELETE", headers, ...(body !== undefined ? { body } : {}) }), ctx(id));
  return { status: res.status, body: await res.json() };
};
const replace = async (id: string, body: unknown) => {
  const res = await replaceRoute(new Request(`http://test/api/documents/${id}`, { method: "PUT", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }), ctx(id));
  return { status: res.status, body: await res.json() };
};
const undo = async (id: number) => (await undoRoute(new Request(`http://test/api/curation/${id}/undo`, { method: "POST" }), ctx(String(id)))).status;

let onlyB: Awaited<ReturnType<typeof graphFingerprint>>;
let both: Awaited<ReturnType<typeof graphFingerprint>>;
let docA: string;
let docB: string;

beforeAll(async () => {
  await ensureSchema();
  await getDb().curation.deleteMany();
  await clearGraph();
  docB = (await ingest(B, { title: "Modi in Tokyo" })).documentId;
  onlyB = await graphFingerprint();
});

beforeEach(async () => {
  await getDb().curation.deleteMany();
  await clearGraph();
  docA = (await ingest(A, { title: "Safadi in Delhi", source: "https://example.org/a", publishedAt: "2024-03-01" })).documentId;
  await ingest(B, { title: "Modi in Tokyo" });
  both ??= await graphFingerprint();
});

afterAll(async () => {
  await getDb().curation.deleteMany();
  await clearGraph();
  await closeDriver();
  await closeDb();
});

describe("DELETE /api/documents/<id>", () => {
  it("removes a document sharing entities with another: what only it supported goes, the rest keeps its own evidence", async () => {
    expect((await getRelation("co_mentioned:japan:narendra-modi")).evidence).toHaveLength(3);
    const before = await graphCounts();
    const { status, body } = await del(docA, JSON.stringify({ reason: "duplicate feed item" }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ deleted: docA, record: { kind: "delete-document", target: docA, reason: "duplicate feed item" } });

    // Exactly the graph B alone makes: same entities, relations, evidence and mentions.
    expect(await graphFingerprint()).toEqual(onlyB);
    const after = await graphCounts();
    expect(after[":Document"]).toBe(before[":Document"]! - 1);
    expect(after[":Sentence"]).toBe(3);
    // Shared entities stay with B's mentions only; A's own go.
    expect((await getEntity("india")).mentions.map((m) => m.document.id)).toEqual([docB]);
    await expect(getEntity("pakistan")).rejects.toThrow(/no entity/);
    await expect(getEntity("ayman-safadi")).rejects.toThrow(/no entity/);
    // A shared relation keeps B's evidence; one only A supported goes.
    expect((await getRelation("co_mentioned:japan:narendra-modi")).evidence.map((v) => v.document.id)).toEqual([docB, docB]);
    await expect(getRelation("supports:pakistan:india")).rejects.toThrow(/no relation/);
    expect(await graphInvariants()).toEqual([]);
    await expect(getDocument(docA)).rejects.toThrow(/no document/);
  });

  it("undo writes it back from the recorded text", async () => {
    const { body } = await del(docA);
    expect(await undo(body.record.id)).toBe(200);
    expect(await graphFingerprint()).toEqual(both);
    expect(await getDocument(docA)).toMatchObject({ title: "Safadi in Delhi", source: "https://example.org/a", publishedAt: "2024-03-01" });
    expect(await undo(body.record.id)).toBe(409);
  });

  it("a re-seed leaves a deleted document out; adding it on purpose brings it back", async () => {
    const { body } = await del(docA);
    const summary = await ingest(A, { reseed: true });
    expect(summary.skipped).toEqual({ record: body.record.id });
    expect(await graphFingerprint()).toEqual(onlyB);
    await ingest(A, { title: "Safadi in Delhi" });
    expect(await graphFingerprint()).toEqual(both);
    expect((await getDb().curation.findUnique({ where: { id: body.record.id } }))?.undoneAt).toBeTruthy();
  });

  it("npm run seed -- --reset leaves a deleted bundled article out", async () => {
    const seeded = await ingest(seedText());
    await del(seeded.documentId);
    const { execFileSync } = await import("node:child_process");
    const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
    const result = execFileSync(process.execPath, [tsx, "scripts/seed.ts", "--reset"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(result).toBe("");
    expect(await listDocuments()).toEqual([]);
  });

  it("refuses what it cannot do with a clear 4xx and changes nothing", async () => {
    const before = await graphFingerprint();
    expect((await del("doc-0000000000000000")).status).toBe(404);
    expect((await del("not-a-doc")).status).toBe(404);
    expect((await del(docA, "{oops")).status).toBe(400);
    expect((await del(docA, JSON.stringify({ reason: "x", force: true }))).status).toBe(400);
    expect(await graphFingerprint()).toEqual(before);
    expect(await getDb().curation.count()).toBe(0);
  });

  it("needs the admin token when SANAD_ADMIN_TOKEN is set", async () => {
    process.env.SANAD_ADMIN_TOKEN = "doc-token";
    try {
      expect((await del(docA)).status).toBe(401);
      const res = await reingestRoute(new Request(`http://test/api/documents/${docA}/reingest`, { method: "POST" }), ctx(docA));
      expect(res.status).toBe(401);
      expect(await graphFingerprint()).toEqual(both);
      expect((await del(docA, undefined, { authorization: "Bearer doc-token" })).status).toBe(200);
    } finally {
      delete process.env.SANAD_ADMIN_TOKEN;
    }
  });
});

describe("PUT /api/documents/<id> (a new version of the text)", () => {
  it("replaces the old version in one go; undo puts the old one back", async () => {
    const { status, body } = await replace(docA, { text: A2, reason: "the agency corrected its story" });
    expect(status).toBe(200);
    const newId = body.documentId as string;
    expect(newId).not.toBe(docA);
    const doc = await getDocument(newId);
    expect(doc).toMatchObject({ title: "Safadi in Delhi", version: 2, replaces: docA, source: "https://example.org/a" });
    await expect(getDocument(docA)).rejects.toThrow(/no document/);
    expect((await getRelation("opposes:pakistan:trade")).evidence).toHaveLength(1);
    await expect(getRelation("supports:pakistan:india")).rejects.toThrow(/no relation/);
    expect(await graphInvariants()).toEqual([]);
    // The same as ingesting the new version and B from scratch.
    const replaced = await graphFingerprint();
    await clearGraph();
    await ingest(A2);
    await ingest(B);
    expect(await graphFingerprint()).toEqual(replaced);

    await clearGraph();
    await ingest(A, { title: "Safadi in Delhi", source: "https://example.org/a", publishedAt: "2024-03-01" });
    await ingest(B);
    await getDb().curation.deleteMany();
    const again = await replace(docA, { text: A2 });
    expect(await undo(again.body.record.id)).toBe(200);
    expect(await graphFingerprint()).toEqual(both);
    expect((await listDocuments()).map((d) => d.id).sort()).toEqual([docA, docB].sort());
  });

  it("refuses the same text, another document's text, bad fields and unreadable text, changing nothing", async () => {
    const before = await graphFingerprint();
    expect((await replace(docA, { text: A })).status).toBe(409);
    expect((await replace(docA, { text: B })).status).toBe(409);
    expect((await replace(docA, { title: "no text" })).status).toBe(400);
    expect((await replace(docA, { text: A2, lang: "fr" })).status).toBe(400);
    expect((await replace(docA, "{")).status).toBe(400);
    expect((await replace(docA, { text: "bad\u0000text" })).status).toBe(422);
    expect((await replace("doc-0000000000000000", { text: A2 })).status).toBe(404);
    expect(await graphFingerprint()).toEqual(before);
    expect(await getDb().curation.count()).toBe(0);
  });
});

describe("POST /api/documents/<id>/reingest", () => {
  it("runs the pipeline on the stored text again: same graph, new ingest time", async () => {
    const [before] = (await listDocuments()).filter((d) => d.id === docA);
    await new Promise((r) => setTimeout(r, 20));
    const res = await reingestRoute(new Request(`http://test/api/documents/${docA}/reingest`, { method: "POST" }), ctx(docA));
    expect(res.status).toBe(200);
    expect((await res.json()).documentId).toBe(docA);
    expect(await graphFingerprint()).toEqual(both);
    const [after] = (await listDocuments()).filter((d) => d.id === docA);
    expect(after!.ingestedAt > before!.ingestedAt).toBe(true);
    expect(after).toMatchObject({ title: "Safadi in Delhi", source: "https://example.org/a", publishedAt: "2024-03-01" });
    const missing = await reingestRoute(new Request("http://test", { method: "POST" }), ctx("doc-0000000000000000"));
    expect(missing.status).toBe(404);
  });
});

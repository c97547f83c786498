// The graph and entity routes against the seeded test graph: shapes, limits and the one error body.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getGraphRoute } from "@/app/api/graph/route";
import { GET as getEntityRoute } from "@/app/api/entities/[id]/route";
import { GET as getRelationRoute } from "@/app/api/relations/[id]/route";
import { GET as searchRoute } from "@/app/api/search/route";
import { GET as listDocumentsRoute } from "@/app/api/documents/route";
import { GET as documentRoute } from "@/app/api/documents/[id]/route";
import { closeDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver } from "@/lib/neo4j";
import type { EntityDetails, GraphView, RelationDetails } from "@/lib/types";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, seedText } from "./helpers";

const graph = (query = "") => getGraphRoute(new NextRequest(`http://test/api/graph${query}`));
const relation = (id: string) => getRelationRoute(new Request(`http://test/api/relations/${encodeURIComponent(id)}`), { params: Promise.resolve({ id: encodeURIComponent(id) }) });
const entity = (id: string) => getEntityRoute(new Request(`http://test/api/entities/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  await ingest(seedText());
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("GET /api/graph", () => {
  it("returns the whole graph, highest degree first, with consistent edges", async () => {
    const res = await graph();
    expect(res.status).toBe(200);
    const body = (await res.json()) as GraphView;
    expect(body.nodes.length).toBeGreaterThanOrEqual(5);
    const degrees = body.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const ids = new Set(body.nodes.map((n) => n.id));
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.evidenceCount).toBeGreaterThan(0);
    }
    expect(body.truncated).toBe(false);
    expect(body.total).toEqual({ nodes: body.nodes.length, edges: body.edges.length });
    const china = body.nodes.find((n) => n.id === "china");
    expect(china).toMatchObject({ label: "China", labelAr: "الصين", type: "country" });
  });

  it("caps at limit and says it truncated", async () => {
    const body = (await (await graph("?limit=2")).json()) as GraphView;
    expect(body.nodes).toHaveLength(2);
    expect(body.truncated).toBe(true);
    expect(body.total.nodes).toBeGreaterThan(2);
  });

  it("focuses on an entity's neighbourhood", async () => {
    const body = (await (await graph("?focus=taiwan&depth=1")).json()) as GraphView;
    expect(body.nodes[0]?.id).toBe("taiwan");
    for (const e of body.edges) expect([e.source, e.target].some((id) => body.nodes.some((n) => n.id === id))).toBe(true);
    const deeper = (await (await graph("?focus=taiwan&depth=2")).json()) as GraphView;
    expect(deeper.nodes.length).toBeGreaterThanOrEqual(body.nodes.length);
  });

  it.each([
    ["?limit=5001", "limit"],
    ["?limit=0", "limit"],
    ["?limit=abc", "limit"],
    ["?depth=4", "depth"],
    ["?focus=Not%20A%20Slug", "focus"],
  ])("rejects %s with 400 naming the field", async (query, field) => {
    const res = await graph(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("bad_request");
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  it("answers 404 for an unknown focus", async () => {
    const res = await graph("?focus=atlantis");
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});

describe("GET /api/entities/[id]", () => {
  it("returns names, type and every mention with its sentence", async () => {
    const res = await entity("china");
    expect(res.status).toBe(200);
    const body = (await res.json()) as EntityDetails;
    expect(body).toMatchObject({ id: "china", name: "China", nameAr: "الصين", type: "country" });
    expect(body.mentions.length).toBeGreaterThan(3);
    const text = seedText();
    for (const m of body.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.sentence.text.slice(m.start - m.sentence.start, m.end - m.sentence.start)).toBe(m.surface);
      expect(m.document.lang).toBe("ar");
    }
  });

  it.each(["atlantis", "NOT VALID", "../etc"])("answers 404 with the error body for %s", async (id) => {
    const res = await entity(id);
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body).toEqual({ error: { code: "not_found", message: expect.stringContaining(id) } });
  });
});

describe("GET /api/relations/[id]", () => {
  it("returns a typed relation with its evidence sentences, spans and speaker", async () => {
    const res = await relation("supports:russia:china");
    expect(res.status).toBe(200);
    const body = (await res.json()) as RelationDetails;
    expect(body).toMatchObject({ type: "SUPPORTS", source: { id: "russia", nameAr: "روسيا" }, target: { id: "china" }, modality: "attributed", properties: { topic: "taiwan" } });
    const text = seedText();
    expect(body.evidence.length).toBeGreaterThan(0);
    for (const ev of body.evidence) {
      expect(text.slice(ev.sentence.start, ev.sentence.end)).toBe(ev.sentence.text);
      expect(ev.start).toBeGreaterThanOrEqual(ev.sentence.start);
      expect(ev.end).toBeLessThanOrEqual(ev.sentence.end);
    }
    const putin = body.evidence.find((ev) => text.slice(ev.start, ev.end).includes("تأييد"));
    expect(putin?.speaker).toEqual({ id: "vladimir-putin", name: "Vladimir Putin" });
    const exchanged = body.evidence.find((ev) => ev.rule === "mutual-support-cue");
    expect(exchanged?.speaker).toEqual({ id: "xi-jinping", name: "Xi Jinping" });
  });

  it("returns every sentence of a co-mention edge", async () => {
    const body = (await (await relation("co_mentioned:china:russia")).json()) as RelationDetails;
    expect(body.evidence.length).toBeGreaterThanOrEqual(5);
    expect(body.properties.weight).toBeUndefined();
  });

  it.each(["no:such:relation", "not a relation", "%E0%A4%A"])("answers 404 with the error body for %s", async (id) => {
    const res = await getRelationRoute(new Request("http://test/x"), { params: Promise.resolve({ id }) });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});

describe("GET /api/search", () => {
  const search = async (q: string) => {
    const res = await searchRoute(new NextRequest(`http://test/api/search?q=${encodeURIComponent(q)}`));
    return { status: res.status, body: await res.json() };
  };

  it.each([
    ["روسيا", "russia"],
    ["وروسيا", "russia"],
    ["ورسيا", "russia"],
    ["Rusia", "russia"],
    ["للصين", "china"],
    ["الصين", "china"],
    ["China", "china"],
    ["بوتين", "vladimir-putin"],
    ["putin", "vladimir-putin"],
    ["EAEU", "eurasian-economic-union"],
  ])("%s finds %s first", async (q, id) => {
    const { status, body } = await search(q);
    expect(status).toBe(200);
    expect(body.hits[0]?.id).toBe(id);
  });

  it.each(['"', "(", "a AND", "*", "~", "\\", "[x TO y]", "OR", "ال", "+-&&||!"])("never fails on %j", async (q) => {
    const { status, body } = await search(q);
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
  });

  it("refuses an empty query with 400", async () => {
    const res = await searchRoute(new NextRequest("http://test/api/search?q=%20"));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.q).toBeDefined();
  });
});

describe("full-text index over sentences", () => {
  it("finds an Arabic word with and without its prefixes", async () => {
    const { readTx } = await import("@/lib/neo4j");
    const hits = (q: string) =>
      readTx(async (tx) => (await tx.run("CALL db.index.fulltext.queryNodes('sentence_text', $q) YIELD node RETURN node.index AS i ORDER BY i", { q })).records.map((r) => Number(r.get("i"))));
    const bare = await hits("هيمنة");
    expect(bare).toContain(2);
    expect(await hits("والهيمنة")).toEqual(bare);
    expect(await hits("الهيمنة")).toEqual(bare);
  });
});

describe("GET /api/documents and /api/documents/[id]", () => {
  it("lists the seeded document with its counts and returns its text with every mention", async () => {
    const list = await (await listDocumentsRoute(new NextRequest("http://test/api/documents"))).json();
    expect(list.documents).toHaveLength(1);
    const d = list.documents[0];
    expect(d).toMatchObject({ lang: "ar", sentences: 10 });
    expect(d.mentions).toBeGreaterThan(50);
    const res = await documentRoute(new Request("http://test"), { params: Promise.resolve({ id: d.id }) });
    const doc = await res.json();
    expect(doc.text).toBe(seedText());
    expect(doc.mentionSpans).toHaveLength(d.mentions);
    for (const m of doc.mentionSpans) expect(m.end).toBeGreaterThan(m.start);
  });

  it("answers 404 for an unknown document", async () => {
    const res = await documentRoute(new Request("http://test"), { params: Promise.resolve({ id: "doc-0000000000000000" }) });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });
});

// Exploring a corpus against real Neo4j and SQLite: the date range on the graph, expansion, paths and evidence; an
// entity's first and last sighting; the documents list searched, sorted and paged; the duplicate review.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as graphRoute } from "@/app/api/graph/route";
import { POST as expandRoute } from "@/app/api/graph/expand/route";
import { GET as pathsRoute } from "@/app/api/paths/route";
import { GET as relationRoute } from "@/app/api/relations/[id]/route";
import { GET as entityRoute } from "@/app/api/entities/[id]/route";
import { GET as documentsRoute } from "@/app/api/documents/route";
import { GET as duplicatesRoute } from "@/app/api/entities/duplicates/route";
import { POST as acceptRoute } from "@/app/api/entities/duplicates/accept/route";
import { POST as dismissRoute } from "@/app/api/entities/duplicates/dismiss/route";
import { POST as undoRoute } from "@/app/api/curation/[id]/undo/route";
import { closeDb, getDb } from "@/lib/db";
import { ingest } from "@/lib/documents/ingest";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver, readTx } from "@/lib/neo4j";
import type { DocumentSummary } from "@/lib/graph/document-reads";
import type { GraphView } from "@/lib/types";
import { clearGraph, graphCounts } from "./helpers";

const EN = "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade.";
const AR = "التقى وزير الخارجية أيمن الصفدي رئيس الوزراء ناريندرا مودي في نيودلهي. وقال الصفدي إن باكستان تدعم الهند.";
const UNDATED = "Turkey and Iran signed a deal in Ankara. Pakistan supports Iran.";
const ARABIC_SAFADI = "ايمن-الصفدي";

const get = async (handler: (r: NextRequest) => Promise<Response>, url: string) => {
  const res = await handler(new NextRequest(`http://test${url}`));
  return { status: res.status, body: await res.json() };
};
const post = async (handler: (r: Request) => Promise<Response>, url: string, body: unknown) => {
  const res = await handler(new Request(`http://test${url}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
  return { status: res.status, body: await res.json() };
};

/** The relations whose evidence comes from documents published in [since, until], straight from the store. */
async function relationsEvidencedIn(since: string, until: string): Promise<Set<string>> {
  return readTx(async (tx) => {
    const res = await tx.run(
      "MATCH (d:Document) WHERE d.publishedAt >= $since AND substring(d.publishedAt, 0, 10) <= $until MATCH (v:Evidence {documentId: d.id}) RETURN DISTINCT v.relationId AS id",
      { since, until },
    );
    return new Set(res.records.map((r) => String(r.get("id"))));
  });
}

let docs: Record<"en" | "ar" | "undated", string>;

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  await getDb().duplicateDismissal.deleteMany();
  await getDb().curation.deleteMany();
  const en = await ingest(EN, { title: "Safadi in Delhi", publishedAt: "2021-03-01" });
  const ar = await ingest(AR, { title: "الصفدي في دلهي", publishedAt: "2022-03-01T10:00:00Z" });
  const undated = await ingest(UNDATED, { title: "Ankara deal" });
  docs = { en: en.documentId, ar: ar.documentId, undated: undated.documentId };
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("the date range", () => {
  it("limits the whole graph to what articles of the range say", async () => {
    const all = (await get(graphRoute, "/api/graph")).body as GraphView;
    const y2022 = (await get(graphRoute, "/api/graph?since=2022-01-01&until=2022-12-31")).body as GraphView;
    const y2021 = (await get(graphRoute, "/api/graph?until=2021-12-31")).body as GraphView;
    const ids = (g: GraphView) => g.nodes.map((n) => n.id);
    expect(ids(all)).toEqual(expect.arrayContaining(["ayman-safadi", ARABIC_SAFADI, "turkey"]));
    expect(ids(y2022)).toContain(ARABIC_SAFADI);
    expect(ids(y2022)).not.toContain("ayman-safadi");
    expect(ids(y2022)).not.toContain("turkey");
    expect(ids(y2021)).toContain("ayman-safadi");
    expect(ids(y2021)).not.toContain(ARABIC_SAFADI);
    const in2022 = await relationsEvidencedIn("2022-01-01", "2022-12-31");
    expect(y2022.edges.length).toBeGreaterThan(0);
    for (const e of y2022.edges) expect(in2022.has(e.id)).toBe(true);
    expect(y2022.edges.length).toBeLessThan(all.edges.length);
  });

  it("limits a neighbourhood, an expansion, the paths and a relation's evidence", async () => {
    const focus = (await get(graphRoute, "/api/graph?focus=pakistan&since=2021-01-01&until=2021-12-31")).body as GraphView;
    const in2021 = await relationsEvidencedIn("2021-01-01", "2021-12-31");
    for (const e of focus.edges) expect(in2021.has(e.id)).toBe(true);
    expect(focus.nodes.map((n) => n.id)).not.toContain("iran");
    expect(((await get(graphRoute, "/api/graph?focus=pakistan")).body as GraphView).nodes.map((n) => n.id)).toContain("iran");

    const expanded = await post(expandRoute, "/api/graph/expand", { id: "pakistan", since: "2022-01-01" });
    expect(expanded.status).toBe(200);
    expect(expanded.body.nodes.map((n: { id: string }) => n.id)).toContain("india");
    expect(expanded.body.nodes.map((n: { id: string }) => n.id)).not.toContain("iran");

    const paths = await get(pathsRoute, "/api/paths?from=iran&to=india");
    expect(paths.body.length).not.toBeNull();
    const dated = await get(pathsRoute, "/api/paths?from=iran&to=india&since=2021-01-01");
    expect(dated.status).toBe(200);
    expect(dated.body.length).toBeNull();

    const relation = encodeURIComponent("supports:pakistan:india");
    const res = await relationRoute(new Request(`http://test/api/relations/${relation}`), { params: Promise.resolve({ id: relation }) });
    const every = (await res.json()).evidence.length;
    const only2021 = await relationRoute(new Request(`http://test/api/relations/${relation}?until=2021-12-31`), { params: Promise.resolve({ id: relation }) });
    const some = (await only2021.json()).evidence as { document: { id: string } }[];
    expect(every).toBe(2);
    expect(some.map((v) => v.document.id)).toEqual([docs.en]);
  });

  it.each([
    ["/api/graph?since=2021-02-30", "since"],
    ["/api/graph?since=yesterday", "since"],
    ["/api/graph?since=2022-01-01&until=2021-01-01", "until"],
    ["/api/paths?from=iran&to=india&until=2021-13-01", "until"],
  ])("refuses %s with a 400 naming the field", async (url, field) => {
    const { status, body } = await get(url.startsWith("/api/paths") ? pathsRoute : graphRoute, url);
    expect(status).toBe(400);
    expect(body.error.fields[field]).toBeTruthy();
  });

  it("refuses an expansion with since after until", async () => {
    const { status, body } = await post(expandRoute, "/api/graph/expand", { id: "pakistan", since: "2022-01-01", until: "2021-01-01" });
    expect(status).toBe(400);
    expect(body.error.fields.until).toMatch(/after/);
  });

  it("tells when an entity was first and last seen, and in how many documents, undated apart", async () => {
    const res = await entityRoute(new Request("http://test/api/entities/pakistan"), { params: Promise.resolve({ id: "pakistan" }) });
    expect((await res.json()).seen).toEqual({ documents: 3, undated: 1, first: "2021-03-01", last: "2022-03-01" });
    const turkey = await entityRoute(new Request("http://test/api/entities/turkey"), { params: Promise.resolve({ id: "turkey" }) });
    expect((await turkey.json()).seen).toEqual({ documents: 1, undated: 1 });
  });
});

describe("GET /api/documents", () => {
  beforeAll(async () => {
    for (let i = 0; i < 5; i++) await ingest(`Report ${i}: Japan and India held talks in Tokyo on trade, round ${i}.`, { title: `Round ${"EDCBA"[i]}`, ...(i % 2 ? { publishedAt: `2020-0${i + 1}-15` } : {}) });
  });

  async function walk(query: string, limit = 2): Promise<{ pages: number; documents: DocumentSummary[]; total: number; undated: number }> {
    const documents: DocumentSummary[] = [];
    let cursor: string | undefined;
    let pages = 0;
    let last;
    do {
      const res = await get(documentsRoute, `/api/documents?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(res.status).toBe(200);
      expect(res.body.documents.length).toBeLessThanOrEqual(limit);
      documents.push(...res.body.documents);
      cursor = res.body.next;
      last = res.body;
      pages++;
    } while (cursor);
    return { pages, documents, total: last.total, undated: last.undated };
  }

  it("pages through every document once, in each order", async () => {
    for (const sort of ["ingested", "published", "title"]) {
      const { pages, documents, total, undated } = await walk(`sort=${sort}`);
      expect(total).toBe(8);
      expect(undated).toBe(4);
      expect(pages).toBe(4);
      expect(new Set(documents.map((d) => d.id)).size).toBe(8);
      if (sort === "title") expect(documents.map((d) => d.title.toLowerCase())).toEqual(documents.map((d) => d.title.toLowerCase()).sort());
      if (sort === "published") {
        const dates = documents.map((d) => d.publishedAt?.slice(0, 10) ?? "");
        expect(dates).toEqual([...dates].sort().reverse());
        expect(dates.slice(-4)).toEqual(["", "", "", ""]);
      }
      if (sort === "ingested") expect(documents.map((d) => d.ingestedAt)).toEqual(documents.map((d) => d.ingestedAt).sort().reverse());
    }
  });

  it("searches titles and text, Arabic too", async () => {
    expect((await walk("q=Tokyo", 10)).documents).toHaveLength(5);
    expect((await walk("q=Ankara", 10)).documents.map((d) => d.id)).toEqual([docs.undated]);
    expect((await walk(`q=${encodeURIComponent("الصفدي")}`, 10)).documents.map((d) => d.id)).toEqual([docs.ar]);
    expect((await walk("q=delhi", 10)).documents.map((d) => d.id)).toEqual([docs.en]);
    expect((await walk("q=nothingsuchhere", 10)).documents).toEqual([]);
  });

  it("refuses a cursor it did not issue, or one from another order", async () => {
    const first = await get(documentsRoute, "/api/documents?sort=title&limit=2");
    expect((await get(documentsRoute, "/api/documents?cursor=bm90LWEtY3Vyc29y")).status).toBe(400);
    const other = await get(documentsRoute, `/api/documents?sort=published&cursor=${encodeURIComponent(first.body.next)}`);
    expect(other.status).toBe(400);
    expect(other.body.error.fields.cursor).toMatch(/sort=title/);
    expect((await get(documentsRoute, "/api/documents?sort=size")).status).toBe(400);
    expect((await get(documentsRoute, "/api/documents?limit=0")).status).toBe(400);
  });
});

describe("the duplicate review", () => {
  const pairOf = (s: { into: { id: string }; source: { id: string } }) => [s.into.id, s.source.id].sort().join("|");
  const PAIR = ["ayman-safadi", ARABIC_SAFADI].sort().join("|");
  const suggestions = async () => (await get(duplicatesRoute, "/api/entities/duplicates")).body.suggestions as { into: { id: string }; source: { id: string }; score: number; evidence: { reason: string }[] }[];

  it("suggests the same person written in two scripts, with the evidence and a score", async () => {
    const found = (await suggestions()).find((s) => pairOf(s) === PAIR);
    expect(found).toBeDefined();
    expect(found!.into.id).toBe("ayman-safadi");
    expect(found!.evidence.map((e) => e.reason)).toContain("transliteration");
    expect(found!.score).toBeGreaterThanOrEqual(0.75);
    expect((await suggestions()).some((s) => pairOf(s) === ["pakistan", "india"].sort().join("|"))).toBe(false);
  });

  it("accepts a suggestion as a curation merge that can be undone", async () => {
    const accepted = await post(acceptRoute, "/api/entities/duplicates/accept", { into: "ayman-safadi", source: ARABIC_SAFADI });
    expect(accepted.status).toBe(201);
    expect(accepted.body.kind).toBe("merge");
    const entity = await entityRoute(new Request("http://test"), { params: Promise.resolve({ id: "ayman-safadi" }) });
    expect((await entity.json()).seen).toMatchObject({ documents: 2, first: "2021-03-01", last: "2022-03-01" });
    expect((await suggestions()).some((s) => pairOf(s) === PAIR)).toBe(false);
    const undone = await undoRoute(new Request("http://test", { method: "POST" }), { params: Promise.resolve({ id: String(accepted.body.id) }) });
    expect(undone.status).toBe(200);
    expect((await suggestions()).some((s) => pairOf(s) === PAIR)).toBe(true);
  });

  it("dismisses a pair for good, even after the document is ingested again", async () => {
    const dismissed = await post(dismissRoute, "/api/entities/duplicates/dismiss", { a: ARABIC_SAFADI, b: "ayman-safadi" });
    expect(dismissed.status).toBe(201);
    expect(dismissed.body.pair).toBe(PAIR);
    expect((await suggestions()).some((s) => pairOf(s) === PAIR)).toBe(false);
    await ingest(AR, { title: "الصفدي في دلهي", publishedAt: "2022-03-01T10:00:00Z", reseed: true });
    expect((await suggestions()).some((s) => pairOf(s) === PAIR)).toBe(false);
    expect((await post(dismissRoute, "/api/entities/duplicates/dismiss", { a: "ayman-safadi", b: ARABIC_SAFADI })).status).toBe(409);
  });

  it("refuses bad input and changes nothing", async () => {
    const before = { graph: await graphCounts(), dismissals: await getDb().duplicateDismissal.count(), curations: await getDb().curation.count() };
    expect((await post(dismissRoute, "/api/entities/duplicates/dismiss", { a: "no-such-entity", b: "india" })).status).toBe(404);
    expect((await post(dismissRoute, "/api/entities/duplicates/dismiss", { a: "india", b: "india" })).status).toBe(400);
    expect((await post(dismissRoute, "/api/entities/duplicates/dismiss", { a: "India!", b: "india" })).status).toBe(400);
    expect((await post(acceptRoute, "/api/entities/duplicates/accept", { into: "india", source: "no-such-entity" })).status).toBe(404);
    expect((await post(acceptRoute, "/api/entities/duplicates/accept", { into: "india" })).status).toBe(400);
    expect((await get(duplicatesRoute, "/api/entities/duplicates?limit=0")).status).toBe(400);
    expect((await get(duplicatesRoute, "/api/entities/duplicates?minScore=2")).status).toBe(400);
    expect({ graph: await graphCounts(), dismissals: await getDb().duplicateDismissal.count(), curations: await getDb().curation.count() }).toEqual(before);
  });
});

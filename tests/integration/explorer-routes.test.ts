// The explorer's routes against the seeded graph plus a second (English) article: expand with its remaining count,
// shortest paths, sentence search, the document filter and the reader's spans; bad input is a 4xx.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as expandRoute } from "@/app/api/graph/expand/route";
import { GET as graphRoute } from "@/app/api/graph/route";
import { GET as pathsRoute } from "@/app/api/paths/route";
import { GET as relationRoute } from "@/app/api/relations/[id]/route";
import { GET as sentencesRoute } from "@/app/api/search/sentences/route";
import { GET as documentRoute } from "@/app/api/documents/[id]/route";
import { closeDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { toNumber } from "@/lib/graph/values";
import { closeDriver, readTx } from "@/lib/neo4j";
import type { ExpandResult, GraphView, PathsResult, SentenceHit } from "@/lib/types";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, graphCounts, seedText } from "./helpers";

const SECOND = "Kazakhstan and Mongolia signed an energy agreement in Astana. Kazakhstan said Mongolia supports its plan.";
let arabicDoc = "";
let englishDoc = "";

const expand = (body: unknown) =>
  expandRoute(new Request("http://test/api/graph/expand", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }));
const paths = (query: string) => pathsRoute(new NextRequest(`http://test/api/paths?${query}`));
const sentences = (query: string) => sentencesRoute(new NextRequest(`http://test/api/search/sentences?${query}`));
const graph = (query: string) => graphRoute(new NextRequest(`http://test/api/graph?${query}`));

/** Neighbours of an entity counted straight from the database. */
async function neighbourIds(id: string): Promise<string[]> {
  return readTx(async (tx) => (await tx.run("MATCH (:Entity {id: $id})-[]-(n:Entity) WHERE n.id <> $id RETURN DISTINCT n.id AS id", { id })).records.map((r) => String(r.get("id"))));
}

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  arabicDoc = (await ingest(seedText())).documentId;
  englishDoc = (await ingest(SECOND, { title: "Steppe energy" })).documentId;
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("POST /api/graph/expand", () => {
  it("pages through the neighbours not yet shown, most connected first, and says how many remain", async () => {
    const all = await neighbourIds("china");
    expect(all.length).toBeGreaterThan(6);
    const first = (await (await expand({ id: "china", limit: 5 })).json()) as ExpandResult;
    expect(first.entity.id).toBe("china");
    expect(first.nodes).toHaveLength(5);
    expect(first.remaining).toBe(all.length - 5);
    const degrees = first.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    for (const n of first.nodes) expect(all).toContain(n.id);

    const shown = ["china", ...first.nodes.map((n) => n.id)];
    const second = (await (await expand({ id: "china", limit: 5, visible: shown })).json()) as ExpandResult;
    expect(second.nodes.map((n) => n.id).filter((id) => shown.includes(id))).toEqual([]);
    expect(second.remaining).toBe(Math.max(0, all.length - 5 - second.nodes.length));

    const rest = (await (await expand({ id: "china", limit: 1000, visible: shown })).json()) as ExpandResult;
    expect(rest.remaining).toBe(0);
    expect(new Set([...shown, ...rest.nodes.map((n) => n.id)])).toEqual(new Set(["china", ...all]));
  });

  it("ties the new nodes to everything on the canvas, and only to it", async () => {
    const visible = ["taiwan", "xi-jinping"];
    const body = (await (await expand({ id: "russia", limit: 3, visible })).json()) as ExpandResult;
    const fresh = new Set(["russia", ...body.nodes.map((n) => n.id)]);
    const onCanvas = new Set([...fresh, ...visible]);
    expect(body.edges.length).toBeGreaterThan(0);
    for (const e of body.edges) {
      expect(onCanvas.has(e.source) && onCanvas.has(e.target)).toBe(true);
      expect(fresh.has(e.source) || fresh.has(e.target)).toBe(true);
    }
    // Russia's own relations to what was already there come along.
    expect(body.edges.some((e) => e.id === "co_mentioned:russia:taiwan")).toBe(true);
  });

  it("caps the relations it brings, the expanded entity's own and typed ones first, and counts what it cut", async () => {
    const full = (await (await expand({ id: "china", limit: 1000 })).json()) as ExpandResult;
    expect(full.edgesTotal).toBe(full.edges.length);
    expect(full.edges.length).toBeGreaterThan(6);
    const cut = (await (await expand({ id: "china", limit: 1000, edges: 5 })).json()) as ExpandResult;
    expect(cut.nodes).toEqual(full.nodes);
    expect(cut.edgesTotal).toBe(full.edges.length);
    expect(cut.edges.map((e) => e.id)).toEqual(full.edges.slice(0, 5).map((e) => e.id));
    // The ranking: China's own relations, typed before co-mentions, then by evidence.
    const rank = (e: (typeof full.edges)[number]) => [e.source === "china" || e.target === "china" ? 0 : 1, e.type === "CO_MENTIONED" ? 1 : 0, -e.evidenceCount];
    const ranks = full.edges.map(rank);
    for (let i = 1; i < ranks.length; i++) {
      const [a, b] = [ranks[i - 1]!, ranks[i]!];
      expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!))), `${full.edges[i - 1]!.id} before ${full.edges[i]!.id}`).toBe(true);
    }
  });

  it("keeps to a document when asked", async () => {
    const body = (await (await expand({ id: "kazakhstan", limit: 100, document: englishDoc })).json()) as ExpandResult;
    expect(body.nodes.map((n) => n.id)).toContain("mongolia");
    const none = (await (await expand({ id: "kazakhstan", limit: 100, document: arabicDoc })).json()) as ExpandResult;
    expect(none.nodes).toEqual([]);
    expect(none.remaining).toBe(0);
  });

  it.each([
    [{ id: "china", limit: 0 }, "limit"],
    [{ id: "china", limit: 5001 }, "limit"],
    [{ id: "china", edges: 0 }, "edges"],
    [{ id: "china", edges: 20_001 }, "edges"],
    [{ id: "Not A Slug" }, "id"],
    [{ id: "china", visible: "russia" }, "visible"],
    [{ id: "china", visible: ["ok", "NOT OK"] }, "visible.1"],
    [{ id: "china", document: "../etc" }, "document"],
    [{ id: "china", extra: 1 }, "_"],
  ])("refuses %j with 400 naming the field", async (body, field) => {
    const res = await expand(body);
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.code).toBe("bad_request");
    expect(Object.keys(error.fields ?? { _: "" })).toContain(field);
  });

  it("refuses a body that is not JSON, and answers 404 for an unknown entity or document", async () => {
    expect((await expand("{not json")).status).toBe(400);
    const before = await graphCounts();
    const missing = await expand({ id: "atlantis" });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.message).toContain("atlantis");
    expect((await expand({ id: "china", document: "doc-0000000000000000" })).status).toBe(404);
    expect(await graphCounts()).toEqual(before);
  });
});

describe("GET /api/paths", () => {
  it("finds the shortest typed paths, each a chain whose edges lead to their evidence", async () => {
    const res = await paths("from=taiwan&to=xi-jinping&co=0");
    expect(res.status).toBe(200);
    const body = (await res.json()) as PathsResult;
    expect(body.paths.length).toBeGreaterThan(0);
    const edges = new Map(body.graph.edges.map((e) => [e.id, e]));
    for (const p of body.paths) {
      expect(p.nodes[0]).toBe("taiwan");
      expect(p.nodes.at(-1)).toBe("xi-jinping");
      expect(p.edges).toHaveLength(body.length!);
      p.edges.forEach((id, i) => {
        const e = edges.get(id)!;
        expect(e.type).not.toBe("CO_MENTIONED");
        expect(new Set([e.source, e.target])).toEqual(new Set([p.nodes[i], p.nodes[i + 1]]));
      });
    }
    const ids = new Set(body.graph.nodes.map((n) => n.id));
    for (const e of body.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const first = body.paths[0]!.edges[0]!;
    const evidence = await relationRoute(new Request("http://test"), { params: Promise.resolve({ id: encodeURIComponent(first) }) });
    expect(evidence.status).toBe(200);
    expect((await evidence.json()).evidence.length).toBeGreaterThan(0);
  });

  it("is never longer through co-mentions, caps the number of paths and says so", async () => {
    const typed = (await (await paths("from=taiwan&to=xi-jinping&co=0")).json()) as PathsResult;
    const any = (await (await paths("from=taiwan&to=xi-jinping")).json()) as PathsResult;
    expect(any.length!).toBeLessThanOrEqual(typed.length!);
    expect(any.paths.length).toBeGreaterThan(1);
    const capped = (await (await paths("from=taiwan&to=xi-jinping&max=1")).json()) as PathsResult;
    expect(capped.paths).toHaveLength(1);
    expect(capped.truncated).toBe(true);
  });

  it("says when there is no path (the two articles share no entity)", async () => {
    const body = (await (await paths("from=kazakhstan&to=china")).json()) as PathsResult;
    expect(body.paths).toEqual([]);
    expect(body.length).toBeNull();
    expect(body.graph.nodes).toEqual([]);
    // The ends are named all the same: the explorer says "no path between Kazakhstan and China", not their ids.
    expect(body.ends.from).toMatchObject({ id: "kazakhstan", name: "Kazakhstan" });
    expect(body.ends.to).toMatchObject({ id: "china", name: "China", nameAr: "الصين" });
  });

  it.each([
    ["from=china&to=china", "to"],
    ["from=china", "to"],
    ["from=China!&to=russia", "from"],
    ["from=china&to=russia&maxLength=7", "maxLength"],
    ["from=china&to=russia&max=0", "max"],
    ["from=china&to=russia&co=yes", "co"],
  ])("refuses %s with 400 naming the field", async (query, field) => {
    const res = await paths(query);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toContain(field);
  });

  it("answers 404 for an unknown end", async () => {
    const res = await paths("from=china&to=atlantis");
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toContain("atlantis");
  });
});

describe("GET /api/search/sentences", () => {
  it("finds a sentence by an Arabic word with or without its prefixes, with the entities it mentions", async () => {
    const hits = async (q: string) => ((await (await sentences(`q=${encodeURIComponent(q)}`)).json()) as { hits: SentenceHit[] }).hits;
    const bare = await hits("هيمنة");
    expect(bare.length).toBeGreaterThan(0);
    const hit = bare[0]!;
    expect(hit.sentence.text).toContain("الهيمنة");
    expect(hit.document.id).toBe(arabicDoc);
    expect(hit.entities.map((e) => e.id)).toContain("hegemony");
    const text = seedText();
    for (const m of hit.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(text).toContain(hit.sentence.text.slice(m.start, m.end));
      expect(hit.entities.map((e) => e.id)).toContain(m.entityId);
    }
    expect((await hits("والهيمنة")).map((h) => h.sentence.index)).toEqual(bare.map((h) => h.sentence.index));
  });

  it("finds the sentences of one language from an entity's name in the other", async () => {
    const hits = ((await (await sentences("q=Taiwan")).json()) as { hits: SentenceHit[] }).hits;
    const arabic = hits.filter((h) => h.document.id === arabicDoc);
    expect(arabic.length).toBeGreaterThan(0);
    for (const h of arabic) expect(h.entities.map((e) => e.id)).toContain("taiwan");
    expect(arabic[0]!.sentence.text).toContain("تايوان");
  });

  it("finds English sentences too, and nothing for nonsense", async () => {
    const hits = ((await (await sentences("q=energy")).json()) as { hits: SentenceHit[] }).hits;
    expect(hits[0]?.document.id).toBe(englishDoc);
    expect(hits[0]?.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["kazakhstan", "mongolia"]));
    expect(((await (await sentences("q=zzzqqqxxx")).json()) as { hits: SentenceHit[] }).hits).toEqual([]);
  });

  it.each(['"', "(", "a AND", "*", "~", "\\", "[x TO y]", "OR", "ال", "+-&&||!"])("never fails on %j", async (q) => {
    const res = await sentences(`q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
  });

  it.each([
    ["q=%20", "q"],
    ["q=trade&limit=0", "limit"],
    ["q=trade&limit=101", "limit"],
    [`q=${"x".repeat(201)}`, "q"],
  ])("refuses %s with 400", async (query, field) => {
    const res = await sentences(query);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toContain(field);
  });
});

/** Every relation among `ids` (rejected ones hidden), straight from the database, with what ranks it. */
async function relationsAmong(ids: string[]) {
  return readTx(async (tx) =>
    (
      await tx.run(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND r.rejected IS NULL
         RETURN r.id AS id, a.id AS source, b.id AS target, r.evidenceCount AS evidence, r.confidence AS confidence`,
        { ids },
      )
    ).records.map((r) => ({ id: String(r.get("id")), source: String(r.get("source")), target: String(r.get("target")), evidence: toNumber(r.get("evidence")), confidence: Number(r.get("confidence")) })),
  );
}

/** The cap's order after the focus's own: typed relations before co-mentions, then evidence, confidence, id. */
const coMention = (r: { id: string }) => (r.id.startsWith("co_mentioned:") ? 1 : 0);
const strongestFirst = (a: { id: string; evidence: number; confidence: number }, b: { id: string; evidence: number; confidence: number }) =>
  coMention(a) - coMention(b) || b.evidence - a.evidence || b.confidence - a.confidence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe("GET /api/graph: the relation cap", () => {
  it("returns exactly the cap: the focus's own relations first, then the strongest, with the true total", async () => {
    const full = (await (await graph("focus=china")).json()) as GraphView;
    const ids = full.nodes.map((n) => n.id);
    const all = await relationsAmong(ids);
    const own = all.filter((r) => r.source === "china" || r.target === "china");
    expect(all.length - own.length).toBeGreaterThan(3); // the seed has relations between china's neighbours to rank
    expect(full.total.edges).toBe(all.length);
    expect(full.truncated).toBe(all.length > full.edges.length);

    const cap = own.length + 3;
    const res = await graph(`focus=china&edges=${cap}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as GraphView;
    expect(body.nodes.map((n) => n.id)).toEqual(ids); // the cap is on relations, not entities
    expect(body.edges).toHaveLength(cap);
    expect(body.truncated).toBe(true);
    expect(body.total).toEqual({ nodes: full.total.nodes, edges: all.length });
    expect(new Set(body.edges.slice(0, own.length).map((e) => e.id))).toEqual(new Set(own.map((r) => r.id)));
    const strongest = all
      .filter((r) => r.source !== "china" && r.target !== "china")
      .sort(strongestFirst)
      .slice(0, 3)
      .map((r) => r.id);
    expect(body.edges.slice(own.length).map((e) => e.id)).toEqual(strongest);
    for (const e of body.edges) expect(ids.includes(e.source) && ids.includes(e.target)).toBe(true);
  });

  it("cuts the focus's own relations too when they alone pass the cap, strongest first", async () => {
    const body = (await (await graph("focus=china&edges=2")).json()) as GraphView;
    const own = (await relationsAmong(body.nodes.map((n) => n.id))).filter((r) => r.source === "china" || r.target === "china");
    expect(own.length).toBeGreaterThan(2);
    expect(body.edges).toHaveLength(2);
    for (const e of body.edges) expect([e.source, e.target]).toContain("china");
    expect(body.edges.map((e) => e.id)).toEqual([...own].sort(strongestFirst).slice(0, 2).map((r) => r.id));
    // China has typed relations of its own in the seed: they pass before any co-mention, however strong.
    expect(own.filter((r) => !coMention(r)).length).toBeGreaterThanOrEqual(2);
    expect(body.edges.every((e) => e.type !== "CO_MENTIONED")).toBe(true);
  });

  it("caps the whole graph too, counting the relations among the entities shown", async () => {
    const body = (await (await graph("edges=5")).json()) as GraphView;
    const all = await relationsAmong(body.nodes.map((n) => n.id));
    expect(all.length).toBeGreaterThan(5);
    expect(body.edges).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.total.edges).toBe(all.length);
    const strongest = [...all].sort(strongestFirst).slice(0, 5);
    expect(body.edges.map((e) => e.id)).toEqual(strongest.map((r) => r.id));
  });

  it.each(["edges=0", "edges=20001", "edges=many", "edges=1.5"])("rejects %s with 400 naming the field", async (query) => {
    const res = await graph(query);
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toContain("edges");
  });
});

describe("GET /api/graph?document=", () => {
  it("keeps to the entities a document mentions and the relations its evidence supports", async () => {
    const body = (await (await graph(`document=${englishDoc}`)).json()) as GraphView;
    const ids = body.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["kazakhstan", "mongolia"]));
    expect(ids).not.toContain("china");
    const inDoc = await readTx(async (tx) =>
      (await tx.run("MATCH (v:Evidence {documentId: $d}) RETURN collect(DISTINCT v.relationId) AS ids", { d: englishDoc })).records[0]!.get("ids") as string[],
    );
    for (const e of body.edges) expect(inDoc).toContain(e.id);
    const total = await readTx(async (tx) =>
      toNumber((await tx.run("MATCH (:Document {id: $d})-[:HAS_SENTENCE]->()-[:MENTIONS]->(e:Entity) RETURN count(DISTINCT e) AS n", { d: englishDoc })).records[0]!.get("n")),
    );
    expect(body.total.nodes).toBe(total);
    const focused = (await (await graph(`focus=china&document=${arabicDoc}`)).json()) as GraphView;
    expect(focused.nodes[0]?.id).toBe("china");
  });

  it("answers 400 for a malformed document id and 404 for an unknown one", async () => {
    expect((await graph("document=not-a-doc")).status).toBe(400);
    expect((await graph("document=doc-0000000000000000")).status).toBe(404);
  });
});

describe("GET /api/documents/[id] for the reader", () => {
  it("gives the sentences that tile the text and every piece of evidence inside its sentence", async () => {
    const doc = await (await documentRoute(new Request("http://test"), { params: Promise.resolve({ id: arabicDoc }) })).json();
    expect(doc.sentenceSpans.length).toBe(doc.sentences);
    for (const s of doc.sentenceSpans) expect(s.end).toBeGreaterThan(s.start);
    expect(doc.evidenceSpans.length).toBeGreaterThan(0);
    for (const ev of doc.evidenceSpans) {
      const s = doc.sentenceSpans.find((x: { index: number }) => x.index === ev.sentenceIndex);
      expect(ev.start).toBeGreaterThanOrEqual(s.start);
      expect(ev.end).toBeLessThanOrEqual(s.end);
    }
    const supports = doc.evidenceSpans.filter((ev: { relationId: string }) => ev.relationId === "supports:russia:china");
    for (const ev of supports) expect(ev).toMatchObject({ type: "SUPPORTS", source: "russia", target: "china" });
    // Putin's "تأييد روسيا" is one of them.
    expect(supports.map((ev: { start: number; end: number }) => doc.text.slice(ev.start, ev.end)).join(" ")).toContain("تأييد");
  });
});

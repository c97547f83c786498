// Curation against real Neo4j and SQLite: merge, edit, confirm, reject, add a relation; each kept across re-seeds, each undoable.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as historyRoute, POST as curateRoute } from "@/app/api/curation/route";
import { POST as undoRoute } from "@/app/api/curation/[id]/undo/route";
import { GET as graphRoute } from "@/app/api/graph/route";
import { closeDb, getDb } from "@/lib/db";
import { getEntity, getGraph, getRelation } from "@/lib/graph/views";
import { ensureSchema } from "@/lib/graph/schema";
import { searchEntities } from "@/lib/graph/search";
import { loadCurationState } from "@/lib/curation/state";
import { flushRuns, installStarterQueries, runSavedQuery } from "@/lib/saved-queries/saved-queries";
import { PREVIOUS_STARTER_CYPHER, PREVIOUS_STARTER_PARAMETERS, STARTER_QUERIES } from "@/lib/saved-queries/starter-queries";
import path from "node:path";
import { listDocuments } from "@/lib/graph/document-reads";
import { closeDriver, readTx, runAuto } from "@/lib/neo4j";
import { PIPELINE_VERSION } from "@/graph-seed/version";
import { ingest, prepare } from "@/lib/documents/ingest";
import { clearGraph, graphFingerprint, graphInvariants } from "./helpers";

export const ARTICLE =
  "Foreign Minister Ayman Safadi met Narendra Modi in New Delhi. Safadi said Pakistan supports India on trade. Foreign Minister Ayman al-Safadi praised Modi and Japan.";

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const act = async (body: unknown, headers?: Record<string, string>) => {
  const res = await curateRoute(new Request("http://test/api/curation", json(body, headers)));
  return { status: res.status, body: await res.json() };
};
const undo = async (id: number | string) => {
  const res = await undoRoute(new Request(`http://test/api/curation/${id}/undo`, { method: "POST" }), { params: Promise.resolve({ id: String(id) }) });
  return { status: res.status, body: await res.json() };
};
const history = async (target: string) => (await (await historyRoute(new (await import("next/server")).NextRequest(`http://test/api/curation?target=${encodeURIComponent(target)}`))).json()).records as { id: number; kind: string; summary: string; undoneAt?: string }[];
const curationCount = () => getDb().curation.count();

/** A re-seed as `npm run seed -- --reset` does it: an empty graph, the article again. */
async function reseed() {
  await clearGraph();
  await ingest(ARTICLE, { title: "Safadi in Delhi", reseed: true });
}

let fresh: Awaited<ReturnType<typeof graphFingerprint>>;
const withoutConfidence = (f: typeof fresh) => ({ ...f, relations: f.relations.map(({ confidence: _c, ...r }) => r) });

beforeAll(async () => {
  await ensureSchema();
  await getDb().curation.deleteMany();
  await clearGraph();
  await ingest(ARTICLE, { title: "Safadi in Delhi" });
  fresh = await graphFingerprint();
});

beforeEach(async () => {
  // Each test starts from the article as the pipeline reads it, with no correction in force.
  await getDb().curation.deleteMany();
  await reseed();
});

afterAll(async () => {
  // The browser tests seed the same databases next: leave no correction behind.
  await getDb().curation.deleteMany();
  await clearGraph();
  await closeDriver();
  await closeDb();
});

describe("merge", () => {
  it("combines names, moves mentions and relations, folds duplicates with all their evidence", async () => {
    const { status, body } = await act({ kind: "merge", source: "ayman", into: "ayman-safadi", reason: "the same minister" });
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: "merge", target: "ayman-safadi", reason: "the same minister" });

    const e = await getEntity("ayman-safadi");
    expect(e.name).toBe("Ayman Safadi");
    expect(e.aliases).toContain("Ayman");
    expect(e.mergedFrom).toEqual(["ayman"]);
    expect(e.mentions.map((m) => m.surface)).toEqual(expect.arrayContaining(["Ayman Safadi", "Ayman"]));
    // The old id still leads to the entity that remains.
    expect((await getEntity("ayman")).id).toBe("ayman-safadi");

    // Every piece of evidence moved with its relation, once: the relations of "ayman" are now those of "ayman-safadi"
    // (co-mentions sorted again), the same sentence and span is not doubled, and the co-mention of the two is gone.
    const moved = (id: string) => {
      const [rel, rest] = id.split("@");
      const [type, a, b] = rel!.split(":");
      const to = (x: string) => (x === "ayman" ? "ayman-safadi" : x);
      let [s1, t1] = [to(a!), to(b!)];
      if (s1 === t1) return null;
      if (type === "co_mentioned" && t1 < s1) [s1, t1] = [t1, s1];
      return `${type}:${s1}:${t1}@${rest}`;
    };
    const expected = [...new Set(fresh.evidence.map((v) => moved(String(v.id))).filter((x): x is string => x !== null))].sort();
    const after = await graphFingerprint();
    expect(after.evidence.map((v) => String(v.id)).sort()).toEqual(expected);
    expect(expected.length).toBeLessThan(fresh.evidence.length);
    expect(after.relations.map((r) => r.id)).not.toContain("co_mentioned:ayman:ayman-safadi");
    await expect(getRelation("co_mentioned:ayman:narendra-modi")).rejects.toThrow(/no relation/);
    expect((await getRelation("co_mentioned:ayman-safadi:narendra-modi")).evidence.length).toBeGreaterThanOrEqual(1);
    // No mention was lost: they all point at the entity that remains.
    expect(after.mentions).toEqual(fresh.mentions.map((m) => m.replace(/>ayman$/, ">ayman-safadi")));
    expect(after.counts[":Entity"]).toBe(fresh.counts[":Entity"]! - 1);

    const graph = await getGraph();
    expect(graph.nodes.map((n) => n.id)).not.toContain("ayman");
    expect(graph.edges.filter((x) => x.source === "ayman" || x.target === "ayman")).toEqual([]);
    expect(await graphInvariants()).toEqual([]);
    expect((await searchEntities("Ayman")).map((h) => h.id)).toEqual(["ayman-safadi"]);
  });

  it("holds after a re-seed and teaches the pipeline the merged names", async () => {
    await act({ kind: "merge", source: "ayman", into: "ayman-safadi" });
    const merged = await graphFingerprint();
    await reseed();
    const reseeded = await graphFingerprint();
    // The same entities, mentions, relations and evidence; "Ayman" is now a known name, so its mentions (and the
    // co-mentions they make) are read with more confidence than the discovered name had.
    expect(withoutConfidence(reseeded)).toEqual(withoutConfidence(merged));
    for (const r of reseeded.relations) expect(r.confidence).toBeGreaterThanOrEqual(merged.relations.find((m) => m.id === r.id)!.confidence);
    expect(await getEntity("ayman-safadi")).toMatchObject({ aliases: expect.arrayContaining(["Ayman"]), mergedFrom: ["ayman"] });
    expect((await getEntity("ayman")).id).toBe("ayman-safadi");
    // Re-ingesting the same article over the graph changes nothing.
    await ingest(ARTICLE, { title: "Safadi in Delhi" });
    expect(await graphFingerprint()).toEqual(reseeded);
    // The next article reads "Ayman" as the merged entity directly (the local alias list).
    const { gazetteer } = await loadCurationState();
    const x = prepare("Ayman spoke in Amman about Japan.", { gazetteer });
    expect(x.entities.map((e) => e.id)).toContain("ayman-safadi");
    expect(x.entities.map((e) => e.id)).not.toContain("ayman");
  });

  it("undo brings back both entities as the pipeline made them", async () => {
    const { body } = await act({ kind: "merge", source: "ayman", into: "ayman-safadi" });
    const res = await undo(body.id);
    expect(res.status).toBe(200);
    expect(res.body.undoneAt).toBeTruthy();
    expect(await graphFingerprint()).toEqual(fresh);
    expect((await history("ayman-safadi")).map((r) => [r.kind, !!r.undoneAt])).toEqual([["merge", true]]);
    expect((await undo(body.id)).status).toBe(409);
  });

  it("refuses bad merges with a clear 4xx and changes nothing", async () => {
    const before = await graphFingerprint();
    const records = await curationCount();
    for (const [bad, status] of [
      [{ kind: "merge", source: "ayman", into: "ayman" }, 422],
      [{ kind: "merge", source: "ayman", into: "no-such-entity" }, 404],
      [{ kind: "merge", source: "no-such-entity", into: "ayman" }, 404],
      [{ kind: "merge", source: "Ayman!", into: "ayman" }, 400],
      [{ kind: "merge", source: "ayman" }, 400],
      [{ kind: "merge", source: "ayman", into: "india", extra: 1 }, 400],
      [{ kind: "explode" }, 400],
      ["{not json", 400],
    ] as const) {
      const res = await act(bad);
      expect(res.status, JSON.stringify(bad)).toBe(status);
      expect(res.body.error.message).toBeTruthy();
    }
    expect(await graphFingerprint()).toEqual(before);
    expect(await curationCount()).toBe(records);
  });
});

describe("reject and confirm", () => {
  const id = "supports:pakistan:india";

  it("a rejected relation is hidden from the graph routes, kept, and shown on request", async () => {
    const before = { pakistan: (await getEntity("pakistan")).degree, india: (await getEntity("india")).degree };
    const { status } = await act({ kind: "reject", relation: id, reason: "Safadi did not say that" });
    expect(status).toBe(201);
    // It no longer counts in either end's degree, wherever a degree is shown.
    expect((await getEntity("pakistan")).degree).toBe(before.pakistan - 1);
    expect((await getEntity("india")).degree).toBe(before.india - 1);
    expect((await getGraph({ focus: "pakistan" })).nodes.find((n) => n.id === "india")?.degree).toBe(before.india - 1);
    expect((await getGraph()).nodes.find((n) => n.id === "pakistan")?.degree).toBe(before.pakistan - 1);
    expect(await graphInvariants()).toEqual([]);
    expect((await getGraph()).edges.map((x) => x.id)).not.toContain(id);
    expect((await getGraph({ focus: "pakistan" })).edges.map((x) => x.id)).not.toContain(id);
    const res = await graphRoute(new (await import("next/server")).NextRequest("http://test/api/graph?rejected=1"));
    const shown = (await res.json()).edges.find((x: { id: string }) => x.id === id);
    expect(shown).toMatchObject({ id, rejected: true });
    expect((await getRelation(id)).curation).toEqual({ status: "rejected", reason: "Safadi did not say that" });
    expect((await act({ kind: "reject", relation: id, reason: "again" })).status).toBe(409);
  });

  it("stays rejected after a re-seed; undo shows it again", async () => {
    const { body } = await act({ kind: "reject", relation: id, reason: "wrong" });
    await reseed();
    expect((await getRelation(id)).curation?.status).toBe("rejected");
    expect((await getGraph()).edges.map((x) => x.id)).not.toContain(id);
    expect(await graphInvariants()).toEqual([]);
    expect((await undo(body.id)).status).toBe(200);
    expect((await getRelation(id)).curation).toBeUndefined();
    expect((await getGraph()).edges.map((x) => x.id)).toContain(id);
    expect(await graphInvariants()).toEqual([]);
    expect(await graphFingerprint()).toEqual(fresh);
  });

  it("confirming sets confidence 1 and survives a re-seed; undo gives the pipeline's confidence back", async () => {
    const original = (await getRelation(id)).confidence;
    expect(original).toBeLessThan(1);
    const { body } = await act({ kind: "confirm", relation: id });
    expect((await getRelation(id)).confidence).toBe(1);
    await reseed();
    expect(await getRelation(id)).toMatchObject({ confidence: 1, curation: { status: "confirmed" } });
    expect((await getGraph()).edges.find((x) => x.id === id)).toMatchObject({ curated: true, confidence: 1 });
    await undo(body.id);
    expect((await getRelation(id)).confidence).toBe(original);
  });

  it("refuses a missing reason, an unknown relation and a malformed id", async () => {
    const before = await graphFingerprint();
    expect((await act({ kind: "reject", relation: id })).status).toBe(400);
    expect((await act({ kind: "reject", relation: id, reason: "   " })).status).toBe(400);
    expect((await act({ kind: "reject", relation: "supports:india:pakistan", reason: "x" })).status).toBe(404);
    expect((await act({ kind: "confirm", relation: "not an id" })).status).toBe(400);
    expect(await graphFingerprint()).toEqual(before);
    expect(await curationCount()).toBe(0);
  });
});

describe("corrections and writes, one at a time", () => {
  it("a correction made while an article is being written is not overwritten by the write", async () => {
    let correction: Promise<{ status: number }> | undefined;
    await ingest(ARTICLE, {
      title: "Safadi in Delhi",
      // The write has read the corrections in force; a merge arrives now. Given a second to land before the write, it
      // would be undone by it (the write brings back the merged entity and replays only what it read); in the queue it
      // waits for the write instead.
      beforeWrite: async () => {
        correction = act({ kind: "merge", source: "ayman", into: "ayman-safadi", reason: "sent during a re-ingest" });
        await Promise.race([correction, new Promise((resolve) => setTimeout(resolve, 1000))]);
      },
    });
    expect((await correction!).status).toBe(201);
    const left = await readTx(async (tx) => (await tx.run("MATCH (e:Entity {id: 'ayman'}) RETURN count(e) AS n")).records[0]!.get("n"));
    expect(Number(left)).toBe(0);
    expect((await getEntity("ayman-safadi")).mergedFrom).toEqual(["ayman"]);
  });
});

describe("edit", () => {
  it("changes names, type, aliases and Wikidata id; kept after a re-seed; undo restores", async () => {
    const { status, body } = await act({ kind: "edit", entity: "ayman-safadi", name: "Ayman al-Safadi", nameAr: "أيمن الصفدي", aliases: ["Safadi"], wikidata: "Q4830960" });
    expect(status).toBe(201);
    const check = async () => {
      const e = await getEntity("ayman-safadi");
      expect(e).toMatchObject({ name: "Ayman al-Safadi", nameAr: "أيمن الصفدي", aliases: ["Safadi"], wikidata: "Q4830960", type: "person" });
    };
    await check();
    expect((await searchEntities("الصفدي")).map((h) => h.id)).toContain("ayman-safadi");
    await reseed();
    await check();
    expect((await history("ayman-safadi"))[0]?.summary).toContain("name Ayman Safadi → Ayman al-Safadi");
    await undo(body.id);
    expect(await graphFingerprint()).toEqual(fresh);
  });

  it("refuses an unknown type, a bad Wikidata id, an empty name and an edit that changes nothing", async () => {
    const before = await graphFingerprint();
    expect((await act({ kind: "edit", entity: "india", type: "planet" })).status).toBe(400);
    expect((await act({ kind: "edit", entity: "india", wikidata: "148" })).status).toBe(400);
    expect((await act({ kind: "edit", entity: "india", name: "  " })).status).toBe(400);
    expect((await act({ kind: "edit", entity: "india" })).status).toBe(400);
    expect((await act({ kind: "edit", entity: "india", name: "India" })).status).toBe(422);
    expect((await act({ kind: "edit", entity: "atlantis", name: "Atlantis" })).status).toBe(404);
    expect(await graphFingerprint()).toEqual(before);
    expect(await curationCount()).toBe(0);
  });
});

describe("add a missing relation", () => {
  async function span(text: string) {
    const e = await getEntity("japan");
    const m = e.mentions[0]!;
    const from = m.sentence.text.indexOf(text);
    return { sentence: m.sentence.id!, start: m.sentence.start + from, end: m.sentence.start + from + text.length };
  }

  it("adds it with its evidence span, keeps it after a re-seed, and undo removes it", async () => {
    const s = await span("praised Modi and Japan");
    const { status, body } = await act({ kind: "add-relation", type: "SUPPORTS", source: "ayman-safadi", target: "japan", ...s });
    expect(status).toBe(201);
    const check = async () => {
      const r = await getRelation("supports:ayman-safadi:japan");
      expect(r.curation).toEqual({ status: "confirmed" });
      expect(r.confidence).toBe(1);
      expect(r.evidence).toHaveLength(1);
      expect(r.evidence[0]).toMatchObject({ rule: "curated", start: s.start, end: s.end });
    };
    await check();
    expect(await graphInvariants()).toEqual([]);
    await reseed();
    await check();
    expect((await act({ kind: "add-relation", type: "SUPPORTS", source: "ayman-safadi", target: "japan", ...s })).status).toBe(409);
    await undo(body.id);
    await expect(getRelation("supports:ayman-safadi:japan")).rejects.toThrow(/no relation/);
    expect(await graphFingerprint()).toEqual(fresh);
  });

  it("refuses a span outside its sentence, an unknown sentence, a co-mention and a self-relation", async () => {
    const s = await span("praised Modi");
    const before = await graphFingerprint();
    expect((await act({ kind: "add-relation", type: "SUPPORTS", source: "ayman-safadi", target: "japan", ...s, end: s.start + 10_000 })).status).toBe(422);
    expect((await act({ kind: "add-relation", type: "SUPPORTS", source: "ayman-safadi", target: "japan", ...s, sentence: "doc-0000000000000000:s0" })).status).toBe(404);
    expect((await act({ kind: "add-relation", type: "CO_MENTIONED", source: "ayman-safadi", target: "japan", ...s })).status).toBe(400);
    expect((await act({ kind: "add-relation", type: "SUPPORTS", source: "japan", target: "japan", ...s })).status).toBe(422);
    expect((await act({ kind: "add-relation", type: "SUPPORTS", source: "japan", target: "india", ...s, end: s.start })).status).toBe(400);
    expect(await graphFingerprint()).toEqual(before);
    expect(await curationCount()).toBe(0);
  });
});

describe("records", () => {
  it("replay in order: a rejection made before a merge follows the relation to its new id", async () => {
    await act({ kind: "reject", relation: "co_mentioned:ayman:japan", reason: "a different Ayman" });
    await act({ kind: "merge", source: "ayman", into: "ayman-safadi" });
    const check = async () => expect((await getRelation("co_mentioned:ayman-safadi:japan")).curation?.status).toBe("rejected");
    await check();
    const once = await graphFingerprint();
    await reseed();
    await check();
    expect(withoutConfidence(await graphFingerprint())).toEqual(withoutConfidence(once));
    expect((await history("co_mentioned:ayman-safadi:japan")).map((r) => r.kind)).toEqual(["reject"]);
  });

  it("need the admin token when SANAD_ADMIN_TOKEN is set", async () => {
    process.env.SANAD_ADMIN_TOKEN = "curator-token";
    try {
      const denied = await act({ kind: "reject", relation: "supports:pakistan:india", reason: "x" });
      expect(denied.status).toBe(401);
      expect(denied.body.error.code).toBe("unauthorized");
      expect((await act({ kind: "reject", relation: "supports:pakistan:india", reason: "x" }, { authorization: "Bearer wrong" })).status).toBe(401);
      expect(await curationCount()).toBe(0);
      const { status, body } = await act({ kind: "reject", relation: "supports:pakistan:india", reason: "x" }, { authorization: "Bearer curator-token" });
      expect(status).toBe(201);
      expect((await undo(body.id)).status).toBe(401);
    } finally {
      delete process.env.SANAD_ADMIN_TOKEN;
    }
  });

  it("undo of an unknown record is a 404", async () => {
    expect((await undo(999_999)).status).toBe(404);
    expect((await undo("abc")).status).toBe(404);
  });
});

describe("a pipeline upgrade", () => {
  it("re-extracts documents made by another pipeline version (npm start's seed --if-needed), corrections applied", async () => {
    await act({ kind: "merge", source: "ayman", into: "ayman-safadi" });
    await act({ kind: "reject", relation: "supports:pakistan:india", reason: "wrong" });
    await runAuto("MATCH (d:Document) SET d.pipelineVersion = '0'");
    const { execFileSync } = await import("node:child_process");
    const tsx = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
    const log = execFileSync(process.execPath, [tsx, "scripts/seed.ts", "--if-needed"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(log).toBe("");
    expect((await listDocuments()).map((d) => d.pipelineVersion)).toEqual([PIPELINE_VERSION]);
    expect((await getGraph()).nodes.map((n) => n.id)).not.toContain("ayman");
    expect((await getRelation("supports:pakistan:india")).curation?.status).toBe("rejected");
    expect(await graphInvariants()).toEqual([]);
  });
});

describe("saved queries", () => {
  it("the starter queries leave rejected relations out unless asked", async () => {
    await getDb().savedQuery.deleteMany();
    await installStarterQueries();
    const supports = async (rejected?: boolean) =>
      (await runSavedQuery("stances", { entity: "pakistan", ...(rejected === undefined ? {} : { rejected }) })).rows.filter((r) => r[0] === "SUPPORTS").length;
    expect(await supports()).toBe(1);
    await act({ kind: "reject", relation: "supports:pakistan:india", reason: "wrong" });
    expect(await supports()).toBe(0);
    expect(await supports(true)).toBe(1);
    const neighbours = await runSavedQuery("neighbourhood", { entity: "pakistan" });
    expect(neighbours.graph.edges.map((e) => e.id)).not.toContain("supports:pakistan:india");
    await flushRuns();
  });

  it("starters nobody edited are brought up to date; edited ones are left alone", async () => {
    await getDb().savedQuery.deleteMany();
    await installStarterQueries();
    const old = PREVIOUS_STARTER_CYPHER.stances![0]!;
    await getDb().savedQuery.update({ where: { slug: "stances" }, data: { cypher: old } });
    await getDb().savedQuery.update({ where: { slug: "neighbourhood" }, data: { cypher: "MATCH (e:Entity {id: $entity}) RETURN e" } });
    expect(await installStarterQueries()).toBe(0);
    const row = (slug: string) => getDb().savedQuery.findUniqueOrThrow({ where: { slug } });
    expect((await row("stances")).cypher).toBe(STARTER_QUERIES.find((q) => q.slug === "stances")!.cypher);
    expect((await row("neighbourhood")).cypher).toBe("MATCH (e:Entity {id: $entity}) RETURN e");
    await getDb().savedQuery.deleteMany();
  });

  it("a starter's relation type becomes a relation-type parameter unless someone edited its parameters", async () => {
    await getDb().savedQuery.deleteMany();
    await installStarterQueries();
    const row = (slug: string) => getDb().savedQuery.findUniqueOrThrow({ where: { slug } });
    const typeOf = async () => (JSON.parse((await row("relations-by-type")).parameters) as { name: string; type: string }[]).find((p) => p.name === "type")!.type;
    expect(await typeOf()).toBe("relationType");
    await getDb().savedQuery.update({ where: { slug: "relations-by-type" }, data: { parameters: PREVIOUS_STARTER_PARAMETERS["relations-by-type"]![0]! } });
    expect(await typeOf()).toBe("string");
    await installStarterQueries();
    expect(await typeOf()).toBe("relationType");
    const edited = JSON.stringify([{ name: "type", type: "string", required: true, default: "OPPOSES", label: "Mine" }]);
    await getDb().savedQuery.update({ where: { slug: "relations-by-type" }, data: { parameters: edited } });
    await installStarterQueries();
    expect((await row("relations-by-type")).parameters).toBe(edited);
    await getDb().savedQuery.deleteMany();
  });
});

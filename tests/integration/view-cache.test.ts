// The view cache against the real test graph: a view is read once per graph revision, and any write — through Sanad
// or by another client straight into Neo4j, a relation added or only a property changed — is seen by the next read.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db";
import { env } from "@/lib/env";
import { getGraph } from "@/lib/graph/views";
import { ensureSchema } from "@/lib/graph/schema";
import { viewCacheStats } from "@/lib/graph/view-cache";
import { closeDriver } from "@/lib/neo4j";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, seedText } from "./helpers";

// Another client of the same server: what Neo4j Browser, the seed CLI in another process or a second app would be.
let outsider: Driver;
const outside = async (cypher: string, params: Record<string, unknown> = {}) => {
  await outsider.executeQuery(cypher, params, { database: env().neo4j.database });
};
// A committed change: a transaction that creates and deletes the same node changes nothing, and Neo4j gives it no
// new revision (nor should it: the graph is the same).
const touch = () => outside("MERGE (p:CacheProbe {id: 'probe'}) SET p.n = coalesce(p.n, 0) + 1");
const delta = <T extends Record<string, number>>(before: T, after: T) => Object.fromEntries(Object.keys(before).map((k) => [k, after[k]! - before[k]!]));

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  await ingest(seedText());
  const { uri, user, password } = env().neo4j;
  outsider = neo4j.driver(uri, neo4j.auth.basic(user, password));
});

afterAll(async () => {
  await outside("MATCH (p:CacheProbe) DELETE p");
  await outsider.close();
  await closeDriver();
  await closeDb();
});

describe("graph views, cached per graph revision", () => {
  it("reads a view once while the graph does not change, and gives the same view", async () => {
    const first = await getGraph({ focus: "china" });
    const before = viewCacheStats();
    const again = await getGraph({ focus: "china" });
    expect(delta(before, viewCacheStats())).toMatchObject({ hits: 1, misses: 0 });
    expect(again).toEqual(first);
    // Another view is another entry: options are part of the key.
    const fewer = await getGraph({ focus: "china", limit: 3 });
    expect(delta(before, viewCacheStats())).toMatchObject({ hits: 1, misses: 1 });
    expect(fewer.nodes).toHaveLength(3);
    expect(first.nodes.length).toBeGreaterThan(3);
  });

  it("sees a relation another client added straight into Neo4j", async () => {
    const before = await getGraph({ focus: "taiwan" });
    expect(before.edges.some((e) => e.id === "supports:taiwan:xi-jinping")).toBe(false);
    await outside(
      `MATCH (a:Entity {id: 'taiwan'}), (b:Entity {id: 'xi-jinping'})
       CREATE (a)-[:SUPPORTS {id: 'supports:taiwan:xi-jinping', evidenceCount: 1, weight: 1, confidence: 0.5}]->(b)`,
    );
    const stats = viewCacheStats();
    const after = await getGraph({ focus: "taiwan" });
    expect(delta(stats, viewCacheStats())).toMatchObject({ misses: 1 });
    expect(after.edges.some((e) => e.id === "supports:taiwan:xi-jinping")).toBe(true);
    expect(after.nodes.map((n) => n.id)).toContain("xi-jinping");
    await outside("MATCH ()-[r {id: 'supports:taiwan:xi-jinping'}]->() DELETE r");
    expect((await getGraph({ focus: "taiwan" })).edges.some((e) => e.id === "supports:taiwan:xi-jinping")).toBe(false);
  });

  it("sees a change of one property, which changes no count", async () => {
    const view = await getGraph({ focus: "russia" });
    const edge = view.edges.find((e) => e.type !== "CO_MENTIONED")!;
    expect(edge).toBeDefined();
    await outside("MATCH ()-[r {id: $id}]->() SET r.rejected = true", { id: edge.id });
    try {
      const hidden = await getGraph({ focus: "russia" });
      expect(hidden.edges.map((e) => e.id)).not.toContain(edge.id);
      const shown = await getGraph({ focus: "russia", rejected: true });
      expect(shown.edges.find((e) => e.id === edge.id)).toMatchObject({ rejected: true });
    } finally {
      await outside("MATCH ()-[r {id: $id}]->() REMOVE r.rejected", { id: edge.id });
    }
    expect((await getGraph({ focus: "russia" })).edges.map((e) => e.id)).toContain(edge.id);
  });

  it("sees an article ingested through the pipeline", async () => {
    const before = await getGraph();
    expect(before.nodes.map((n) => n.id)).not.toContain("kenya");
    await ingest("Kenya and China signed a trade agreement in Nairobi on Monday. Kenya supports China's position on trade.", { lang: "en", title: "cache test" });
    const after = await getGraph();
    expect(after.nodes.map((n) => n.id)).toContain("kenya");
    expect(after.total.nodes).toBeGreaterThan(before.total.nodes);
  });

  it("answers concurrent requests for one view with one read", async () => {
    await touch(); // a new revision: nothing kept
    const stats = viewCacheStats();
    const views = await Promise.all(Array.from({ length: 8 }, () => getGraph({ focus: "china", edges: 40 })));
    const d = delta(stats, viewCacheStats());
    expect(d.misses).toBe(1);
    expect(d.hits).toBe(7);
    for (const v of views) expect(v).toEqual(views[0]);
    expect(views[0]!.edges.length).toBeLessThanOrEqual(40);
  });

  it("counts the nodes and edges it keeps, and drops them all when the graph changes", async () => {
    await touch();
    const a = await getGraph({ focus: "china" });
    const b = await getGraph();
    const kept = viewCacheStats();
    expect(kept.entries).toBe(2);
    expect(kept.items).toBe(a.nodes.length + a.edges.length + b.nodes.length + b.edges.length);
    await touch();
    await getGraph({ focus: "china" });
    expect(viewCacheStats()).toMatchObject({ entries: 1, items: a.nodes.length + a.edges.length });
  });

  it("never keeps a view that was not found", async () => {
    const stats = viewCacheStats();
    await expect(getGraph({ focus: "no-such-entity" })).rejects.toThrow(/no entity/);
    await expect(getGraph({ focus: "no-such-entity" })).rejects.toThrow(/no entity/);
    expect(delta(stats, viewCacheStats())).toMatchObject({ hits: 0, misses: 2 });
  });
});

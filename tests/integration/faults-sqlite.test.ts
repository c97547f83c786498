// The SQLite database locked by another process, then unreadable: saved-query routes answer 503 with a code and a
// message (no path, no statement), health says "degraded", the graph routes keep answering; once the database is
// usable again, so are the routes, with no restart.
import fs from "node:fs";
import path from "node:path";
import { createClient, type Client } from "@libsql/client";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Health } from "@/lib/types";

// A copy of the migrated test database, so the shared one is never locked or damaged.
const file = path.join(process.env.SANAD_TEST_TMP!, "faults-sqlite.db");
const source = process.env.DATABASE_URL!.replace(/^file:/, "");

let routes: {
  list: typeof import("@/app/api/queries/route");
  one: typeof import("@/app/api/queries/[id]/route");
  runs: typeof import("@/app/api/queries/[id]/runs/route");
  run: typeof import("@/app/api/queries/[id]/run/route");
  health: typeof import("@/app/api/health/route");
  graph: typeof import("@/app/api/graph/route");
  search: typeof import("@/app/api/search/route");
  entity: typeof import("@/app/api/entities/[id]/route");
};
let closeAll: () => Promise<void>;

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> });
const create = (slug: string) =>
  routes.list.POST(new Request("http://t/api/queries", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ slug, name: slug, cypher: "RETURN 1 AS one" }) }));

/** The saved-query routes, each called once (the first GET of a slug also fills the server's cache, so slugs vary). */
async function savedQueryRoutes(slug: string) {
  return {
    list: await json(await routes.list.GET(new NextRequest("http://t/api/queries"))),
    get: await json(await routes.one.GET(new Request("http://t"), ctx(slug))),
    runs: await json(await routes.runs.GET(new Request("http://t"), ctx(slug))),
    create: await json(await create(`created-${Date.now()}`)),
  };
}

async function graphRoutes() {
  return [
    (await routes.graph.GET(new NextRequest("http://t/api/graph?focus=china"))).status,
    (await routes.search.GET(new NextRequest("http://t/api/search?q=russia"))).status,
    (await routes.entity.GET(new Request("http://t"), ctx("taiwan"))).status,
  ];
}

async function health() {
  const res = await routes.health.GET();
  return { status: res.status, body: (await res.json()) as Health };
}

function expectUnavailable(r: { status: number; body: { error?: { code: string; message: string } } }) {
  expect(r.status).toBe(503);
  expect(r.body.error?.code).toBe("database_unavailable");
  expect(r.body.error?.message).toMatch(/database is unavailable/);
  expect(JSON.stringify(r.body)).not.toContain(file);
  expect(JSON.stringify(r.body)).not.toMatch(/SQLITE_|prisma|invocation/i);
}

beforeAll(async () => {
  fs.copyFileSync(source, file);
  process.env.DATABASE_URL = `file:${file}`;
  const { ensureSchema } = await import("@/lib/graph/schema");
  const { ingest } = await import("@/lib/documents/ingest");
  const { clearGraph, seedText } = await import("./helpers");
  await ensureSchema();
  await clearGraph();
  await ingest(seedText());
  const { getDb } = await import("@/lib/db");
  await getDb().savedQuery.deleteMany();
  await (await import("@/lib/saved-queries/saved-queries")).installStarterQueries();
  routes = {
    list: await import("@/app/api/queries/route"),
    one: await import("@/app/api/queries/[id]/route"),
    runs: await import("@/app/api/queries/[id]/runs/route"),
    run: await import("@/app/api/queries/[id]/run/route"),
    health: await import("@/app/api/health/route"),
    graph: await import("@/app/api/graph/route"),
    search: await import("@/app/api/search/route"),
    entity: await import("@/app/api/entities/[id]/route"),
  };
  closeAll = async () => {
    await (await import("@/lib/neo4j")).closeDriver();
    await (await import("@/lib/db")).closeDb();
  };
});

afterAll(async () => {
  await closeAll?.();
});

describe("SQLite locked by another process", () => {
  let locker: Client;

  it("saved-query routes answer 503 database_unavailable, health is degraded, the graph answers", async () => {
    expect((await savedQueryRoutes("neighbourhood")).list.status).toBe(200);
    locker = createClient({ url: `file:${file}` });
    await locker.execute("BEGIN EXCLUSIVE");
    await locker.execute("UPDATE SavedQuery SET name = name");
    const r = await savedQueryRoutes("shortest-path");
    for (const answer of Object.values(r)) expectUnavailable(answer);
    const h = await health();
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ status: "degraded", neo4j: { up: true }, database: { up: false } });
    expect(await graphRoutes()).toEqual([200, 200, 200]);
  });

  it("serves again once the lock is gone, with no restart", async () => {
    await locker.execute("ROLLBACK");
    locker.close();
    const r = await savedQueryRoutes("most-connected");
    expect([r.list.status, r.get.status, r.runs.status, r.create.status]).toEqual([200, 200, 200, 201]);
    expect((await health()).body.status).toBe("ok");
  });
});

describe("SQLite file unreadable (not a database any more)", () => {
  let saved: Buffer;

  it("saved-query routes answer 503 database_unavailable, health is degraded, the graph answers", async () => {
    saved = fs.readFileSync(file);
    expect((await routes.one.GET(new Request("http://t"), ctx("neighbourhood"))).status).toBe(200); // read, so cached
    const { closeDb } = await import("@/lib/db");
    await closeDb();
    fs.writeFileSync(file, Buffer.alloc(saved.length, 0x5a));
    const r = await savedQueryRoutes("stances");
    for (const answer of Object.values(r)) expectUnavailable(answer);
    expect((await health()).body).toMatchObject({ status: "degraded", database: { up: false } });
    expect(await graphRoutes()).toEqual([200, 200, 200]);
    // A saved query already read (and cached) still runs: the graph is what it needs.
    const run = await routes.run.POST(new Request("http://t/run", { method: "POST", body: JSON.stringify({ params: { entity: "china" } }) }), ctx("neighbourhood"));
    expect(run.status).toBe(200);
  });

  it("serves again once the file is restored, with no restart", async () => {
    fs.writeFileSync(file, saved);
    const r = await savedQueryRoutes("documents-mentioning");
    expect([r.list.status, r.get.status, r.runs.status]).toEqual([200, 200, 200]);
    expect((await health()).body.status).toBe("ok");
  });
});

// Health with Neo4j up but SQLite unusable: "degraded", still 200.
import { afterAll, beforeAll, expect, it } from "vitest";

let route: typeof import("@/app/api/health/route");

beforeAll(async () => {
  // A path SQLite cannot open; set before the modules read the configuration.
  process.env.DATABASE_URL = "file:/proc/sanad-no-such-dir/sanad.db";
  (await import("@/lib/db")).closeDb();
  route = await import("@/app/api/health/route");
});

afterAll(async () => {
  await (await import("@/lib/neo4j")).closeDriver();
});

it("reports degraded when SQLite is down and Neo4j is up", async () => {
  const res = await route.GET();
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: "degraded", neo4j: { up: true }, database: { up: false } });
});

// Health against a Neo4j of its own that the test stops and starts again: 200 → 503 → 200 without restarting the app.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Health } from "@/lib/types";

type Local = { uri: string; user: string; password: string; stop(): Promise<void> };
// The launcher module is plain ESM shared with `npm start`.
const lib = (await import(path.join(process.cwd(), "scripts/lib/neo4j-local.mjs"))) as {
  buildNeo4j(o: { root: string }): Promise<{ classpath: string }>;
  startNeo4j(o: Record<string, unknown>): Promise<Local>;
  findFreePort(): Promise<number>;
};

const dataDir = path.join(process.env.SANAD_TEST_TMP!, "health-neo4j");
let port: number;
let classpath: string;
let server: Local | undefined;
let route: typeof import("@/app/api/health/route");
let neo4jModule: typeof import("@/lib/neo4j");

async function start() {
  server = await lib.startNeo4j({ root: process.cwd(), classpath, dataDir, port, heap: "256m", pageCache: "32m", passwordFile: path.join(dataDir, "..", "health-password") });
  return server;
}

async function health(): Promise<{ status: number; body: Health }> {
  const res = await route.GET();
  return { status: res.status, body: (await res.json()) as Health };
}

beforeAll(async () => {
  fs.mkdirSync(dataDir, { recursive: true });
  port = await lib.findFreePort();
  classpath = (await lib.buildNeo4j({ root: process.cwd() })).classpath;
  const s = await start();
  // Point this test file's modules at its own server before they read the configuration.
  Object.assign(process.env, { NEO4J_URI: s.uri, NEO4J_USERNAME: s.user, NEO4J_PASSWORD: s.password });
  neo4jModule = await import("@/lib/neo4j");
  await neo4jModule.closeDriver();
  route = await import("@/app/api/health/route");
});

afterAll(async () => {
  await neo4jModule?.closeDriver();
  await server?.stop();
});

it("answers 200 while Neo4j is up, 503 when it is stopped, and 200 again once it is back", async () => {
  const up = await health();
  expect(up.status).toBe(200);
  expect(up.body.status).toBe("ok");
  expect(up.body.neo4j.up).toBe(true);
  expect(up.body.neo4j.version).toMatch(/^5\.26\./);
  expect(up.body.database.up).toBe(true);
  expect(typeof up.body.documents).toBe("number");

  await server!.stop();
  server = undefined;
  const down = await health();
  expect(down.status).toBe(503);
  expect(down.body).toMatchObject({ status: "down", neo4j: { up: false }, documents: null });

  await start();
  // The same driver reconnects by itself: no restart of the app.
  const back = await health();
  expect(back.status).toBe(200);
  expect(back.body.status).toBe("ok");
}, 240_000);

// Property-based fuzzing of every API route, in process, against the real Neo4j and SQLite: hostile ids and search
// parameters, malformed JSON, wrong types, missing and unknown fields, deep nesting, huge bodies, odd Unicode, Cypher
// fragments. Nothing may answer 5xx, leak a stack trace, a path or a credential, or change stored data.
// FUZZ_RUNS sets the cases per property (npm test: a few thousand in all; `npm run soak` runs ten times more).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver } from "@/lib/neo4j";
import { ingest } from "@/lib/documents/ingest";
import { call, checkAnswer, discoverHandlers, fingerprint, requestsMade, type Handler } from "./fuzz/harness";
import { brokenObject, cypherish, deepJson, hostileJson, hostileString, malformedJson } from "./fuzz/hostile";
import { ROUTES, type RouteHints } from "./fuzz/route-table";
import { clearGraph, seedText } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
// Queries that fuzzing turns up may be slow ones (cartesian products): they are stopped sooner than in production.
process.env.SANAD_QUERY_TIMEOUT_MS ??= "1500";

const handlers = await discoverHandlers();
let before: Awaited<ReturnType<typeof fingerprint>>;
const starterSlugs = new Set<string>();

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  const doc = await ingest(seedText());
  ROUTES["/api/documents/[id]"]!.ids = { id: [doc.documentId] };
  const { installStarterQueries } = await import("@/lib/saved-queries/saved-queries");
  await getDb().savedQuery.deleteMany();
  await installStarterQueries();
  for (const q of await getDb().savedQuery.findMany()) {
    starterSlugs.add(q.slug);
    starterSlugs.add(q.id);
  }
  before = await fingerprint();
});

afterAll(async () => {
  console.log(`fuzz: ${requestsMade} requests to ${handlers.length} route handlers (${RUNS} cases per property)`);
  await closeDriver();
  await closeDb();
});

const settings = (runs = RUNS) => ({ numRuns: runs, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: false });

/** Segment values: hostile ones, plus (for methods that only read) the ids that exist. */
function segmentsArb(h: Handler, hints: RouteHints): fc.Arbitrary<Record<string, string>> {
  const writes = hints.writes?.includes(h.method);
  const entries = h.segments.map((name) => {
    const known = writes ? [] : (hints.ids?.[name] ?? []);
    const hostile = hostileString.filter((s) => !starterSlugs.has(s));
    const arb = known.length ? fc.oneof(fc.constantFrom(...known), hostile) : hostile;
    return arb.map((v) => [name, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}

/** Search parameters: the route's own with useful and hostile values, unknown ones, repeats. */
function queryArb(hints: RouteHints): fc.Arbitrary<[string, string][]> {
  const known = Object.entries(hints.query ?? {}).map(([k, useful]) => fc.tuple(fc.constant(k), fc.oneof(useful, hostileString)));
  const unknown = fc.tuple(hostileString, hostileString);
  return fc.array(known.length ? fc.oneof({ weight: 4, arbitrary: fc.oneof(...known) }, { weight: 1, arbitrary: unknown }) : unknown, { maxLength: 4 });
}

/** Bodies: garbage of every kind, and for routes with a known shape, that shape broken (or as given, where that only reads). */
function bodyArb(h: Handler, hints: RouteHints): fc.Arbitrary<string> {
  const shape = hints.body?.[h.method];
  const writes = hints.writes?.includes(h.method);
  const garbage = fc.oneof(malformedJson, hostileJson.map((v) => JSON.stringify(v) ?? "null"), deepJson);
  if (!shape) return garbage;
  const valid = shape.valid();
  const broken = brokenObject(valid, shape.required).map((o) => JSON.stringify(o));
  const fields = Object.keys(valid);
  // Valid shape, hostile values: Cypher fragments in the query text and in parameters, hostile strings in every field.
  const hostileValues = fc
    .tuple(fc.constantFrom(...fields), fc.oneof(hostileString, cypherish, hostileJson))
    .map(([k, v]) => JSON.stringify({ ...valid, [k]: k === "params" && typeof v !== "object" ? { entity: v, id: v, limit: v } : v }));
  const options = [garbage, broken];
  if (!writes) options.push(hostileValues, fc.constant(JSON.stringify(valid)));
  return fc.oneof(...options);
}

it("every route under app/api is in the fuzz table (tests/integration/fuzz/route-table.ts)", () => {
  const missing = [...new Set(handlers.map((h) => h.route))].filter((r) => !(r in ROUTES));
  expect(missing, "add these routes to tests/integration/fuzz/route-table.ts").toEqual([]);
  expect(handlers.length).toBeGreaterThanOrEqual(15);
});

describe.each(handlers.map((h) => [`${h.method} ${h.route}`, h] as const))("%s", (name, h) => {
  const hints = ROUTES[h.route] ?? {};
  const writes = hints.writes?.includes(h.method) ?? false;

  it("answers hostile ids and search parameters without a 5xx, a stack trace or a change", async () => {
    await fc.assert(
      fc.asyncProperty(segmentsArb(h, hints), queryArb(hints), async (segments, query) => {
        const a = await call(h, { segments, query, ...(h.method === "GET" ? {} : { body: "{}", headers: { "content-type": "application/json" } }) });
        checkAnswer(a, `${name} ${JSON.stringify({ segments, query })}`);
        if (writes && a.status < 400) throw new Error(`${name} accepted a request meant to be refused: ${JSON.stringify(segments)}`);
      }),
      settings(),
    );
    if (writes || h.method === "GET") expect(await fingerprint()).toEqual(before);
  });

  if (h.method === "GET") return;

  it("answers malformed, mistyped, incomplete and deeply nested bodies with a 4xx or a result, never a 5xx", async () => {
    const known = hints.ids ? Object.fromEntries(h.segments.map((s) => [s, writes ? "no-such-id" : (hints.ids![s]?.[0] ?? "x")])) : {};
    await fc.assert(
      fc.asyncProperty(bodyArb(h, hints), fc.constantFrom("application/json", "text/plain", ""), async (body, type) => {
        const a = await call(h, { segments: known, body, headers: type ? { "content-type": type } : {} });
        checkAnswer(a, `${name} body ${JSON.stringify(body.slice(0, 200))}`);
        if (writes && a.status < 400) throw new Error(`${name} accepted a body meant to be refused: ${body.slice(0, 200)}`);
      }),
      settings(),
    );
    expect(await fingerprint()).toEqual(before);
  });

  if (h.method === "DELETE") return;

  it("refuses a body over its limit with 413, with or without Content-Length", async () => {
    const limit = hints.maxBytes ?? 1_000_000;
    const big = JSON.stringify({ text: "ا".repeat(Math.ceil(limit / 2) + 10), cypher: "RETURN 1", params: {} });
    const segments = Object.fromEntries(h.segments.map((s) => [s, hints.ids?.[s]?.[0] ?? "x"]));
    const withLength = await call(h, { segments, body: big, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(big)) } });
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > limit + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await call(h, { segments, body: stream, headers: { "content-type": "application/json" } });
    for (const a of [withLength, streamed]) {
      checkAnswer(a, `${name} huge body`);
      // A route that is refused earlier (no such id, no admin token) may say so first: a 4xx either way, never a read of it all.
      expect(a.status === 413 || a.status === 404 || a.status === 401).toBe(true);
    }
    if (!h.segments.length || hints.ids) expect(withLength.status).toBe(413);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("with an admin token set", () => {
  const writers = handlers.filter((h) => ROUTES[h.route]?.writes?.includes(h.method) && h.route.startsWith("/api/queries"));

  it.each(writers.map((h) => [`${h.method} ${h.route}`, h] as const))("%s refuses any other Authorization with 401", async (name, h) => {
    process.env.SANAD_ADMIN_TOKEN = "fuzz-admin-token-0123456789";
    try {
      const hints = ROUTES[h.route]!;
      const valid = JSON.stringify(hints.body?.[h.method]?.valid() ?? {});
      const auth = fc.oneof(hostileString, hostileString.map((s) => `Bearer ${s}`), fc.constantFrom("Bearer", "Bearer ", "bearer fuzz-admin-token-012345678", "Basic Zm9vOmJhcg==", "Bearer  fuzz-admin-token-0123456789x"));
      await fc.assert(
        fc.asyncProperty(auth, async (authorization) => {
          const segments = Object.fromEntries(h.segments.map((s) => [s, hints.ids?.[s]?.[0] ?? "x"]));
          let headers: Record<string, string>;
          try {
            headers = { "content-type": "application/json", authorization: new Headers({ authorization }).get("authorization")! };
          } catch {
            return; // not a valid header value: no HTTP client could send it
          }
          const a = await call(h, { segments, body: valid, headers });
          checkAnswer(a, `${name} authorization ${JSON.stringify(authorization)}`);
          expect(a.status).toBe(401);
        }),
        settings(Math.ceil(RUNS / 2)),
      );
    } finally {
      delete process.env.SANAD_ADMIN_TOKEN;
    }
    expect(await fingerprint()).toEqual(before);
  });
});

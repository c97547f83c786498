// Saved queries against real Neo4j and SQLite: the starter library, read-only enforcement, parameters, errors, runs.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as adhocRoute } from "@/app/api/cypher/route";
import { DELETE as deleteRoute, GET as getRoute, PUT as putRoute } from "@/app/api/queries/[id]/route";
import { POST as runRoute } from "@/app/api/queries/[id]/run/route";
import { GET as runsRoute } from "@/app/api/queries/[id]/runs/route";
import { POST as createRoute } from "@/app/api/queries/route";
import { closeDb, getDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { closeDriver, readTx } from "@/lib/neo4j";
import { QueryTimeoutError, runReadOnly } from "@/lib/saved-queries/run-cypher";
import { installStarterQueries } from "@/lib/saved-queries/saved-queries";
import { STARTER_QUERIES } from "@/lib/saved-queries/starter-queries";
import { ingest } from "@/lib/documents/ingest";
import { clearGraph, graphCounts, seedText } from "./helpers";

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const run = async (slug: string, params: Record<string, unknown>) => {
  const res = await runRoute(new Request("http://test/run", json({ params })), ctx(slug));
  return { status: res.status, body: await res.json() };
};
const adhoc = async (cypher: string, params: Record<string, unknown> = {}) => {
  const res = await adhocRoute(new Request("http://test/api/cypher", json({ cypher, params })));
  return { status: res.status, body: await res.json() };
};

/** Counts plus a checksum over every node's and relationship's properties: any write changes it. */
async function fingerprint() {
  const counts = await graphCounts();
  const checksum = await readTx(async (tx) => {
    const nodes = await tx.run("MATCH (n) WITH n ORDER BY elementId(n) RETURN collect([labels(n), properties(n)]) AS all");
    const rels = await tx.run("MATCH ()-[r]->() WITH r ORDER BY elementId(r) RETURN collect([type(r), properties(r)]) AS all");
    return createHash("sha256").update(JSON.stringify([nodes.records[0]?.get("all"), rels.records[0]?.get("all")])).digest("hex");
  });
  return { counts, checksum };
}

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
  await getDb().savedQuery.deleteMany();
  await ingest(seedText());
});

afterAll(async () => {
  await closeDriver();
  await closeDb();
});

describe("starter library", () => {
  it("installs once and never duplicates", async () => {
    expect(await installStarterQueries()).toBe(STARTER_QUERIES.length);
    expect(await installStarterQueries()).toBe(0);
    expect(await getDb().savedQuery.count()).toBe(STARTER_QUERIES.length);
  });

  it("neighbourhood: China's neighbours come back as graph and table", async () => {
    const { status, body } = await run("neighbourhood", { entity: "china" });
    expect(status).toBe(200);
    expect(body.columns).toEqual(["p"]);
    const ids = body.graph.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["china", "russia", "taiwan", "xi-jinping"]));
    expect(body.graph.edges.some((e: { id: string }) => e.id === "supports:russia:china")).toBe(true);
  });

  it("shortest-path: Xi Jinping to Taiwan", async () => {
    const { body } = await run("shortest-path", { from: "xi-jinping", to: "taiwan" });
    expect(body.summary.rowCount).toBe(1);
    expect(body.graph.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(["xi-jinping", "taiwan"]));
  });

  it("relations-between: every relation of Russia and China with its evidence span", async () => {
    const { body } = await run("relations-between", { a: "russia", b: "china" });
    const relation = body.columns.indexOf("relation");
    const evidence = body.columns.indexOf("evidence");
    // One row per piece of evidence: Putin's "تأييد" (support) and the "تبادلا الدعم" (exchanged support) sentence.
    const supports = body.rows.filter((r: unknown[]) => r[relation] === "SUPPORTS").map((r: unknown[]) => String(r[evidence]));
    expect(supports.some((e: string) => e.includes("تأييد"))).toBe(true);
    expect(new Set(body.rows.map((r: unknown[]) => r[relation]))).toEqual(new Set(["CO_MENTIONED", "COOPERATES_WITH", "SUPPORTS", "TRADES_WITH"]));
  });

  it("stances: what Russia supports and opposes", async () => {
    const { body } = await run("stances", { entity: "russia" });
    const rows = body.rows.map((r: unknown[]) => `${r[0]} ${r[1]}`);
    expect(rows).toEqual(expect.arrayContaining(["SUPPORTS China", "OPPOSES Hegemony", "COOPERATES_WITH China"]));
  });

  it("most-connected: China and Russia lead", async () => {
    const { body } = await run("most-connected", { limit: 2 });
    expect(body.rows.map((r: unknown[]) => r[0]).sort()).toEqual(["China", "Russia"]);
  });

  it("sentences-mentioning-both: the Taiwan sentence", async () => {
    const { body } = await run("sentences-mentioning-both", { a: "china", b: "taiwan" });
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0][2]).toContain("تايوان");
  });

  it("documents-mentioning and relations-by-type", async () => {
    const docs = await run("documents-mentioning", { entity: "china" });
    expect(docs.body.rows).toHaveLength(1);
    expect(docs.body.rows[0][3]).toBeGreaterThan(10);
    const typed = await run("relations-by-type", { type: "SUPPORTS", minConfidence: 0.5 });
    expect(typed.body.graph.edges.map((e: { id: string }) => e.id).sort()).toEqual(["supports:china:russia", "supports:russia:china"]);
  });
});

describe("nobody can change the graph through a query", () => {
  it.each([
    "CREATE (n:Hack) RETURN n",
    "MERGE (n:Entity {id: 'hack'}) RETURN n",
    "MATCH (e:Entity {id: 'china'}) SET e.name = 'x' RETURN e",
    "MATCH (e:Entity {id: 'china'}) REMOVE e.name RETURN e",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN n",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV FROM 'https://example.org/x.csv' AS line RETURN line",
    "CREATE INDEX hack FOR (n:Entity) ON (n.hack)",
    "DROP CONSTRAINT entity_id",
    "SHOW USERS",
    "USE system MATCH (n) RETURN n",
    "CALL db.createLabel('Hack')",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1",
  ])("refuses %s with 422 and leaves the graph as it was", async (cypher) => {
    const before = await fingerprint();
    const { status, body } = await adhoc(cypher);
    expect(status).toBe(422);
    expect(body.error.code).toBe("refused");
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await fingerprint()).toEqual(before);
  });
});

/** Index, constraint and user names: a schema or administration change shows here. */
async function schemaFingerprint() {
  return readTx(async (tx) => {
    const names: string[] = [];
    for (const q of ["SHOW INDEXES YIELD name RETURN name", "SHOW CONSTRAINTS YIELD name RETURN name"]) names.push(...(await tx.run(q)).records.map((r) => r.get("name") as string));
    return names.sort();
  });
}

describe("every form of write, procedure, subquery and administration is refused", () => {
  it.each([
    // subqueries
    "CALL { CREATE (:Hack) } RETURN 1",
    "CALL () { CREATE (:Hack) } RETURN 1",
    "MATCH (n:Entity) CALL (n) { WITH n WHERE n.id = 'china' DETACH DELETE n } RETURN count(*)",
    "UNWIND [1, 2] AS x CALL (x) { CREATE (:Hack {x: x}) } IN TRANSACTIONS OF 1 ROW RETURN x",
    "UNWIND [1, 2] AS x CALL (x) { CREATE (:Hack {x: x}) } IN CONCURRENT TRANSACTIONS RETURN x",
    "CALL { MATCH (n:Entity) SET n.x = 1 } IN TRANSACTIONS",
    "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
    // FOREACH
    "FOREACH (x IN [1] | CREATE (:Hack))",
    "MATCH (e:Entity {id: 'china'}) FOREACH (x IN [e] | SET x.name = 'hacked')",
    "MATCH (e:Entity {id: 'china'}) FOREACH (x IN [e] | REMOVE x.name)",
    "MATCH (e:Entity) WITH collect(e) AS es FOREACH (x IN es | DETACH DELETE x)",
    // clauses in other shapes
    "MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'russia'}) MERGE (a)-[:HACK]->(b)",
    "MATCH (e:Entity {id: 'china'}) SET e += {name: 'x'}",
    "MATCH (e:Entity {id: 'china'}) SET e:Hack",
    "MATCH (e:Entity {id: 'china'}) REMOVE e:Entity",
    "OPTIONAL MATCH (n:Nope) WITH n CREATE (:Hack)",
    "CALL db.labels() YIELD label CREATE (:Hack {l: label})",
    "INSERT (:Hack)",
    "CYPHER runtime=slotted CREATE (:Hack)",
    "EXPLAIN CREATE (:Hack)",
    "/* comment */ CREATE (:Hack)",
    "// a line\nCREATE (:Hack)",
    // procedures that write, reach outside or run other statements (APOC's are refused by name: not installed here)
    "CALL apoc.create.node(['Hack'], {}) YIELD node RETURN node",
    "CALL apoc.merge.node(['Hack'], {id: 1}) YIELD node RETURN node",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL apoc.cypher.doIt('CREATE (:Hack)', {}) YIELD value RETURN value",
    "CALL apoc.refactor.rename.label('Entity', 'Hack')",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL db.createLabel('Hack')",
    "CALL db.createProperty('hack')",
    "CALL db.createRelationshipType('HACK')",
    "CALL db.clearQueryCaches()",
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "CALL dbms.security.createUser('eve', 'secret123', false)",
    "CALL tx.setMetaData({a: 1})",
    // files and URLs
    "load csv with headers from 'http://127.0.0.1:1/x.csv' as l return l",
    // schema (DDL)
    "CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.id IS UNIQUE",
    "CREATE FULLTEXT INDEX hack FOR (n:Entity) ON EACH [n.name]",
    "CREATE INDEX hack IF NOT EXISTS FOR (n:Entity) ON (n.hack)",
    "DROP INDEX entity_names",
    "DROP CONSTRAINT entity_id IF EXISTS",
    "/* x */ CREATE INDEX hack2 FOR (n:Entity) ON (n.hack2)",
    "/* x */ DROP INDEX entity_names",
    // administration
    "SHOW DATABASES",
    "SHOW TRANSACTIONS",
    "SHOW PROCEDURES",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CREATE USER eve SET PASSWORD 'secret1234'",
    "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'y'",
    "/* x */ ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'y'",
    "ALTER USER neo4j SET PASSWORD 'hacked123'",
    "GRANT ROLE admin TO eve",
    "CREATE ROLE hacker",
    "CREATE DATABASE hack",
    "STOP DATABASE neo4j",
    "/* x */ STOP DATABASE neo4j",
    "USE system SHOW USERS",
    "CREATE (:Hack) FINISH",
  ])("%s", async (cypher) => {
    const before = await fingerprint();
    const schema = await schemaFingerprint();
    const { status, body } = await adhoc(cypher);
    expect(status).toBe(422);
    expect(body.error.code).toBe("refused");
    expect(await fingerprint()).toEqual(before);
    expect(await schemaFingerprint()).toEqual(schema);
  });

  it.each(["PROFILE CREATE (:Hack)", "RETURN 1; CREATE (:Hack)", "MATCH (n) RETURN n LIMIT 1 UNION CREATE (h:Hack) RETURN h"])("%s never runs (a syntax error)", async (cypher) => {
    const before = await fingerprint();
    const { status, body } = await adhoc(cypher);
    expect(status).toBe(400);
    expect(body.error.code).toBe("syntax_error");
    expect(await fingerprint()).toEqual(before);
  });

  it("a saved query cannot be saved with a write and run: the run is refused the same way", async () => {
    const slug = "sneaky-write";
    const created = await createRoute(new Request("http://test", json({ slug, name: "Sneaky", cypher: "MATCH (e:Entity {id: $id}) SET e.name = 'x' RETURN e", parameters: [{ name: "id", type: "entity", required: true }] })));
    expect(created.status).toBe(201);
    const before = await fingerprint();
    const { status, body } = await run(slug, { id: "china" });
    expect([status, body.error.code]).toEqual([422, "refused"]);
    expect(await fingerprint()).toEqual(before);
    await deleteRoute(new Request("http://test", { method: "DELETE" }), ctx(slug));
  });

  it("still answers reads after all that: the password and the schema are as they were", async () => {
    const { status, body } = await adhoc("MATCH (e:Entity {id: 'china'}) RETURN e.name AS name");
    expect(status).toBe(200);
    expect(body.rows).toEqual([["China"]]);
  });
});

describe("errors, limits and runs", () => {
  it("answers a syntax error with 400, Neo4j's message and the position", async () => {
    const { status, body } = await adhoc("MATCH (n RETURN n");
    expect(status).toBe(400);
    expect(body.error.code).toBe("syntax_error");
    expect(body.error.fields.cypher).toMatch(/line 1, column \d+/);
  });

  it("places a syntax error in the statement as written, not in the EXPLAIN the check ran", async () => {
    const cypher = "MATCH (n:Entity)\nRETURN n.name AS name,, n.type";
    const { status, body } = await adhoc(cypher);
    expect(status).toBe(400);
    const [, line, column, offset] = /line (\d+), column (\d+) \(offset (\d+)\)/.exec(body.error.fields.cypher)!.map(Number);
    expect([line, cypher[offset!]]).toEqual([2, ","]);
    expect(cypher.split("\n")[line! - 1]![column! - 1]).toBe(",");
    const first = await adhoc("MATCH (n RETURN n");
    expect(first.body.error.fields.cypher).toMatch(/line 1, column 10 \(offset 9\)/);
  });

  it("refuses by name what it refuses, and a missing parameter before Neo4j", async () => {
    expect((await adhoc("CREATE (n) RETURN n")).body.error.message).toBe("writes are not allowed: CREATE");
    expect((await adhoc("MATCH (n:Entity) WITH n LIMIT 1 SET n.x = 1")).body.error.message).toBe("writes are not allowed: SET");
    expect((await adhoc("CALL apoc.create.node(['Hack'], {}) YIELD node RETURN node")).body.error.message).toBe("procedures that write are not allowed: apoc.create.node");
    const missing = await adhoc("MATCH (e:Entity {id: $who}) RETURN e.name");
    expect([missing.status, missing.body.error.message, missing.body.error.fields]).toEqual([422, "missing parameter $who", { who: "is required" }]);
    // Typed parameters sent with text not saved yet are checked as a saved query's.
    const typed = async (params: Record<string, unknown>) => {
      const res = await adhocRoute(
        new Request("http://test/api/cypher", json({ cypher: "MATCH (e:Entity {id: $who})-[r]->() WHERE type(r) = $type AND e.id IN $ids RETURN count(r) AS n", params, parameters: [{ name: "who", type: "entity", required: true }, { name: "type", type: "relationType", required: true }, { name: "ids", type: "list", required: true }] })),
      );
      return { status: res.status, body: await res.json() };
    };
    expect((await typed({ who: "russia", type: "SUPPORTS", ids: "russia, china" })).body.rows[0][0]).toBeGreaterThan(0);
    expect((await typed({ who: "Russia", type: "SUPPORTS", ids: "x" })).body.error.fields).toMatchObject({ who: expect.stringMatching(/slug/) });
    expect((await typed({ who: "russia", type: "LIKES", ids: "x" })).body.error.fields).toMatchObject({ type: expect.stringMatching(/one of/) });
  });

  it("validates parameters against their types with 422 naming the field", async () => {
    const missing = await run("neighbourhood", {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields).toEqual({ entity: "is required" });
    const wrong = await run("most-connected", { limit: "many" });
    expect(wrong.status).toBe(422);
    expect(Object.keys(wrong.body.error.fields)).toEqual(["limit"]);
    const unknown = await run("most-connected", { bogus: 1 });
    expect(unknown.body.error.fields.bogus).toMatch(/not a parameter/);
    const badEntity = await run("neighbourhood", { entity: "DROP TABLE" });
    expect(badEntity.status).toBe(422);
  });

  it("stops a query that runs too long on the server", async () => {
    await expect(runReadOnly("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)", {}, { timeoutMs: 300 })).rejects.toThrow(QueryTimeoutError);
  });

  it("caps rows and says it truncated", async () => {
    const r = await runReadOnly("UNWIND range(1, 5000) AS x RETURN x", {}, { rowCap: 100 });
    expect(r.summary).toMatchObject({ rowCount: 100, truncated: true });
    expect(r.rows[99]).toEqual([100]);
  });

  it("returns integers beyond 2^53 as strings and dates as text", async () => {
    const { body } = await adhoc("RETURN 9007199254740993 AS big, 42 AS small, date('2021-12-15') AS day, [1, {a: 2}] AS nested");
    expect(body.rows[0]).toEqual(["9007199254740993", 42, "2021-12-15", [1, { a: 2 }]]);
  });

  it("records each run, refused ones too", async () => {
    await run("most-connected", { limit: 3 });
    await adhoc("CREATE (n) RETURN n");
    await new Promise((r) => setTimeout(r, 200));
    const res = await runsRoute(new Request("http://test"), ctx("most-connected"));
    const runs = (await res.json()).runs;
    expect(runs[0]).toMatchObject({ status: "ok", rowCount: 3 });
    expect(await getDb().queryRun.count({ where: { queryId: null, status: "refused" } })).toBeGreaterThan(0);
  });

  it("loses no record when a query is deleted while its runs wait to be written", async () => {
    const slug = "short-lived";
    expect((await createRoute(new Request("http://test", json({ slug, name: "Short-lived", cypher: "MATCH (e:Entity) RETURN e.id AS id LIMIT 1" })))).status).toBe(201);
    expect((await run(slug, {})).status).toBe(200);
    expect((await run("most-connected", { limit: 4 })).status).toBe(200);
    expect((await deleteRoute(new Request("http://test", { method: "DELETE" }), ctx(slug))).status).toBe(204);
    const runs = (await (await runsRoute(new Request("http://test"), ctx("most-connected"))).json()).runs;
    expect(runs[0]).toMatchObject({ status: "ok", rowCount: 4 });
  });

  it("writes the records of a burst of runs by itself, in the background, none lost", async () => {
    const before = await getDb().queryRun.count({ where: { status: "ok", queryId: { not: null } } });
    await Promise.all(Array.from({ length: 25 }, (_, i) => run("most-connected", { limit: 1 + (i % 5) })));
    // Nobody reads the history here (that would write the queue first): the batch timer must.
    let after = before;
    for (let waited = 0; waited < 10_000 && after < before + 25; waited += 250) {
      await new Promise((r) => setTimeout(r, 250));
      after = await getDb().queryRun.count({ where: { status: "ok", queryId: { not: null } } });
    }
    expect(after).toBe(before + 25);
  });
});

describe("saving queries", () => {
  const mine = { slug: "taiwan-sentences", name: "Taiwan sentences", cypher: "MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: 'taiwan'}) RETURN s.text AS text", parameters: [], tags: ["mine"] };

  it("creates, reads by slug, updates, refuses a duplicate slug, deletes", async () => {
    const created = await createRoute(new Request("http://test", json(mine)));
    expect(created.status).toBe(201);
    const dup = await createRoute(new Request("http://test", json(mine)));
    expect(dup.status).toBe(409);
    const got = await (await getRoute(new Request("http://test"), ctx("taiwan-sentences"))).json();
    expect(got).toMatchObject({ slug: "taiwan-sentences", starter: false });
    const put = await putRoute(new Request("http://test", { ...json({ ...mine, name: "Sentences about Taiwan" }), method: "PUT" }), ctx(got.id));
    expect((await put.json()).name).toBe("Sentences about Taiwan");
    const del = await deleteRoute(new Request("http://test", { method: "DELETE" }), ctx("taiwan-sentences"));
    expect(del.status).toBe(204);
    expect((await getRoute(new Request("http://test"), ctx("taiwan-sentences"))).status).toBe(404);
  });

  it("refuses invalid definitions with 400", async () => {
    const res = await createRoute(new Request("http://test", json({ ...mine, slug: "Bad Slug", parameters: [{ name: "1x", type: "date" }] })));
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields)).toEqual(expect.arrayContaining(["slug"]));
  });

  it("needs the admin token for changes when SANAD_ADMIN_TOKEN is set, not for runs", async () => {
    process.env.SANAD_ADMIN_TOKEN = "s3cret-token";
    try {
      expect((await createRoute(new Request("http://test", json(mine)))).status).toBe(401);
      expect((await createRoute(new Request("http://test", json(mine, { authorization: "Bearer s3cret-token" })))).status).toBe(201);
      expect((await run("taiwan-sentences", {})).status).toBe(200);
      expect((await deleteRoute(new Request("http://test", { method: "DELETE" }), ctx("taiwan-sentences"))).status).toBe(401);
    } finally {
      delete process.env.SANAD_ADMIN_TOKEN;
    }
  });
});

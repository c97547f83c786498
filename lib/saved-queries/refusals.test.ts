import { describe, expect, it } from "vitest";
import { codeOnly, explainRefusal, textRefusal } from "./refusals";

describe("textRefusal says what was refused", () => {
  it.each([
    ["CREATE (n) RETURN n", "writes are not allowed: CREATE"],
    ["  create (n:Hack)", "writes are not allowed: CREATE"],
    ["CYPHER runtime=slotted CREATE (:Hack)", "writes are not allowed: CREATE"],
    ["CALL apoc.create.node(['Hack'], {}) YIELD node RETURN node", "procedures that write are not allowed: apoc.create.node"],
    ["CALL apoc.merge.node(['Hack'], {id: 1})", "procedures that write are not allowed: apoc.merge.node"],
    ["CALL apoc.periodic.iterate('a', 'b', {})", "procedures that run other statements are not allowed: apoc.periodic.iterate"],
    ["CALL apoc.load.json('file:///etc/passwd')", "procedures that read or write files and URLs are not allowed: apoc.load.json"],
    ["CALL db.createLabel('Hack')", "procedures that write are not allowed: db.createLabel"],
    ["CALL dbms.setConfigValue('a', 'b')", "procedures that change the server are not allowed: dbms.setConfigValue"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "reading files and URLs is not allowed: LOAD CSV"],
    ["USE system MATCH (n) RETURN n", "switching databases is not allowed: USE"],
    ["CREATE INDEX hack FOR (n:Entity) ON (n.hack)", "schema changes are not allowed: CREATE INDEX"],
    ["CREATE FULLTEXT INDEX hack FOR (n:Entity) ON EACH [n.name]", "schema changes are not allowed: CREATE FULLTEXT"],
    ["/* x */ DROP CONSTRAINT entity_id", "schema changes are not allowed: DROP CONSTRAINT"],
    ["SHOW USERS", "administration commands are not allowed: SHOW USERS"],
    ["CREATE USER eve SET PASSWORD 'x'", "administration commands are not allowed: CREATE USER"],
    ["STOP DATABASE neo4j", "administration commands are not allowed: STOP DATABASE"],
    ["MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1", "writing in batches is not allowed: CALL … IN TRANSACTIONS"],
  ])("%s → %s", (cypher, reason) => {
    expect(textRefusal(cypher)).toBe(reason);
  });

  it("lets reads through for EXPLAIN to judge, even with keywords inside strings or property names", () => {
    expect(textRefusal("MATCH (e:Entity) WHERE e.name = 'create' RETURN e.created")).toBeNull();
    expect(textRefusal("MATCH (e:Entity {id: $who}) RETURN e")).toBeNull();
  });
});

describe("explainRefusal names the write clause or procedure", () => {
  it.each([
    ["MATCH (n) DETACH DELETE n", "w", "writes are not allowed: DETACH DELETE"],
    ["MATCH (e:Entity {id: 'china'}) SET e.name = 'x' RETURN e", "rw", "writes are not allowed: SET"],
    ["OPTIONAL MATCH (n:Nope) WITH n MERGE (:Hack)", "w", "writes are not allowed: MERGE"],
    ["MATCH (n) // SET n.x = 1\nREMOVE n.name", "w", "writes are not allowed: REMOVE"],
    ["CALL my.writer()", "w", "procedures that write are not allowed: my.writer"],
    ["CREATE INDEX x FOR (n:A) ON (n.b)", "s", "schema changes are not allowed"],
  ])("%s (%s) → %s", (cypher, type, reason) => {
    expect(explainRefusal(cypher, type)).toBe(reason);
  });
});

describe("codeOnly", () => {
  it("blanks literals and comments, keeping offsets", () => {
    const cypher = "RETURN 'CREATE' // SET\n, 1";
    const code = codeOnly(cypher);
    expect(code).toHaveLength(cypher.length);
    expect(code).not.toMatch(/CREATE|SET/);
    expect(code.indexOf("\n")).toBe(cypher.indexOf("\n"));
  });
});

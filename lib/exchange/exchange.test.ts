import { describe, expect, it } from "vitest";
import { cypherLiteral, cypherScript, cypherString } from "./cypher-script";
import { toGraphml, xmlEscape } from "./graphml";
import type { DumpNode, DumpRelationship } from "../graph/dump";

describe("Cypher literals", () => {
  it("keep a statement on one line and its types intact", () => {
    expect(cypherString("it's a\\b\nc\u0000")).toBe("'it\\'s a\\\\b\\nc\\u0000'");
    expect(cypherLiteral(3)).toBe("3.0");
    expect(cypherLiteral(0.25)).toBe("0.25");
    expect(cypherLiteral({ $int: "42" })).toBe("42");
    expect(cypherLiteral(["a", true, null])).toBe("['a', true, null]");
    expect(cypherLiteral({ $datetime: { year: 2021, month: 12, day: 15, hour: 9, minute: 5, second: 0, nanosecond: 120000000, offset: 0, zone: null } })).toBe("datetime('2021-12-15T09:05:00.120000000Z')");
  });
});

const nodes: DumpNode[] = [
  { labels: ["Entity"], props: { id: "china", name: "China <PRC> & co", type: "country", aliases: ["PRC"] } },
  { labels: ["Entity"], props: { id: "russia", name: "Russia", type: "country", aliases: [] } },
];
const rels: DumpRelationship[] = [
  { type: "SUPPORTS", start: { label: "Entity", id: "russia" }, end: { label: "Entity", id: "china" }, props: { id: "supports:russia:china", evidenceCount: { $int: "2" }, confidence: 0.9 } },
  { type: "CO_MENTIONED", start: { label: "Entity", id: "china" }, end: { label: "Entity", id: "russia" }, props: { id: "co_mentioned:china:russia", evidenceCount: { $int: "5" } } },
];

describe("cypherScript", () => {
  it("writes constraints, then nodes, then relationships merged on their ids", async () => {
    const lines = await cypherScript(async (onNode, onRel) => {
      nodes.forEach(onNode);
      rels.forEach(onRel);
    }, ["header"]);
    expect(lines[0]).toBe("// header");
    expect(lines[1]).toBe("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;");
    expect(lines[2]).toMatch(/^UNWIND \[\{id: 'china', name: 'China <PRC> & co'.*MERGE \(n:Entity \{id: row.id\}\) SET n = row;$/);
    expect(lines.slice(3).every((l) => l.includes("MERGE (a)-[r:") && l.includes("{id: row.p.id}"))).toBe(true);
  });
});

describe("toGraphml", () => {
  it("escapes names, counts degree, marks undirected types, and uses the evidence count as weight", () => {
    const xml = toGraphml(nodes, rels, "test & <desc>");
    expect(xml).toContain("<desc>test &amp; &lt;desc&gt;</desc>");
    expect(xml).toContain('<data key="n_label">China &lt;PRC&gt; &amp; co</data>');
    expect(xml).toContain('<edge id="co_mentioned:china:russia" source="china" target="russia" directed="false">');
    expect(xml).toContain('<edge id="supports:russia:china" source="russia" target="china">');
    expect(xml).toMatch(/<data key="e_weight">2<\/data>/);
    expect(xml).toMatch(/<node id="china">[\s\S]*?<data key="n_degree">2<\/data>/);
    expect(xml).not.toContain('<data key="n_aliases"></data>');
    expect(xmlEscape("a\u0001b\"'")).toBe("ab&quot;&apos;");
  });
});

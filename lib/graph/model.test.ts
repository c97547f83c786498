// The graph's property lists are spelled once, in lib/graph/model.ts: this test fails when another file spells one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ADDABLE_RELATION_TYPES, ENTITY_ID, ENTITY_PROPERTIES, RELATION_PROPERTIES, RELATION_TYPES } from "./model";

const MODEL = "lib/graph/model.ts";
const sources = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "lib", "app", "scripts", "bench", "graph-seed"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith(".test.ts") && !f.startsWith("lib/generated/") && f !== MODEL && fs.existsSync(f));

// What spelling a property list looks like: a Cypher map projection of an entity's or a relation's stored properties,
// a stored entity row (aliasText is only ever written with the rest), and stored properties read back one by one.
const SPELLINGS: [string, RegExp][] = [
  ["a Cypher projection of entity properties", /\{\s*\.id\s*,\s*\.name\s*,\s*\.nameAr/],
  ["a Cypher projection of relation properties", /\{\s*\.weight\s*,\s*\.evidenceCount/],
  ["a stored entity row", /\baliasText\s*:/],
  ["stored entity properties read one by one", /toString(?:OrUndefined|Array)\(\s*\w+\.(?:nameAr|aliases|wikidata|otherWikidata)\s*\)/],
  ["stored relation properties read one by one", /toNumber\(\s*\w+\.(?:evidenceCount|weight)\s*\)/],
  ["the relation types a person may add", /ADDABLE\w*\s*=\s*\[\s*"/],
  ["the entity id pattern", /\\p\{Ll\}\\p\{Lo\}\\p\{N\}\]\[/],
  ["the document id pattern", /\^doc-\[0-9a-f\]/],
];

describe("the graph model", () => {
  it("is the only file that spells the graph's property lists, the addable types and the id patterns", () => {
    const found: string[] = [];
    for (const file of sources) {
      const text = fs.readFileSync(file, "utf8");
      for (const [what, re] of SPELLINGS) if (re.test(text) && !(file === "graph-seed/ids.ts" && /id pattern/.test(what))) found.push(`${file}: ${what}`);
    }
    expect(found).toEqual([]);
  });

  it("holds every relation type but co-mentions as addable, and the properties the writer stores", () => {
    expect(ADDABLE_RELATION_TYPES).toEqual(Object.keys(RELATION_TYPES).filter((t) => t !== "CO_MENTIONED"));
    expect(ENTITY_PROPERTIES).toContain("aliasText");
    expect(RELATION_PROPERTIES).toContain("evidenceCount");
    expect(ENTITY_ID.test("xi-jinping") && ENTITY_ID.test("سيرغي-لافروف") && !ENTITY_ID.test("Xi Jinping")).toBe(true);
  });

  it("the scan sees a spelling when one is there (a test that can fail)", () => {
    const planted = "RETURN e {.id, .name, .nameAr, .type} AS e";
    expect(SPELLINGS.some(([, re]) => re.test(planted))).toBe(true);
  });
});

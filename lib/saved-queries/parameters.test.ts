import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { assertNoMissing, bindParams, ParamError } from "./parameters";

describe("bindParams", () => {
  it("checks relation types and lists; whole numbers in lists become Neo4j integers", () => {
    const out = bindParams(
      [
        { name: "type", type: "relationType", required: true },
        { name: "ids", type: "list", required: true },
        { name: "ns", type: "list", required: true },
      ],
      { type: "SUPPORTS", ids: "china, russia\nتايوان", ns: [1, 2.5, "x"] },
    );
    expect(out).toEqual({ type: "SUPPORTS", ids: ["china", "russia", "تايوان"], ns: [neo4j.int(1), 2.5, "x"] });
    expect(() => bindParams([{ name: "type", type: "relationType", required: true }], { type: "LIKES" })).toThrow(/must be one of/);
  });

  it("names a missing required parameter in its message", () => {
    try {
      bindParams([{ name: "who", type: "entity", required: true }], {});
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ParamError);
      expect((err as ParamError).message).toBe("missing parameter $who");
      expect((err as ParamError).fields).toEqual({ who: "is required" });
    }
  });
});

describe("assertNoMissing", () => {
  it("refuses a statement using a $name with no value, naming each", () => {
    expect(() => assertNoMissing("MATCH (e {id: $who}) RETURN e LIMIT $n", ["n"])).toThrow("missing parameter $who");
    expect(() => assertNoMissing("RETURN $a, $b", [])).toThrow("missing parameters $a, $b");
    expect(() => assertNoMissing("RETURN $a, '$b'", ["a"])).not.toThrow();
  });
});

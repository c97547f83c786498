import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "./search";

describe("toLuceneQuery", () => {
  it("escapes every Lucene special character so no input can break the query", () => {
    for (const input of ['a+b', 'x"y', "(()", "[a TO b]", "\\", "a:b", "*?", "~~", "foo AND", "/regex/", "!!!", "{}^"]) {
      const q = toLuceneQuery(input);
      if (q) expect(q.replace(/\(([^()]+) OR \1~1\)/g, "$1")).not.toMatch(/[+\-&|!{}[\]^"*?:\\/]/);
    }
  });
  it("normalises with the pipeline's code and adds typo tolerance for longer words", () => {
    expect(toLuceneQuery("الصِّين")).toBe("(الصين OR الصين~1)");
    expect(toLuceneQuery("Rusia")).toBe("(rusia OR rusia~1)");
    expect(toLuceneQuery("Xi")).toBe("xi");
  });
  it("returns null when nothing is left to search", () => {
    expect(toLuceneQuery("  ")).toBeNull();
    expect(toLuceneQuery("()")).toBeNull();
  });
});

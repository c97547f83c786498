// The quality goals of the pipeline, measured against the hand-written gold in graph-seed/eval/.
import { describe, expect, it } from "vitest";
import { evaluate, loadGold, score } from "./evaluate";

describe("score", () => {
  it("computes precision, recall and F1 over sets", () => {
    const s = score(new Set(["a", "b", "x"]), new Set(["a", "b", "c", "d"]));
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(4 / 7);
    expect(s).toMatchObject({ missing: ["c", "d"], extra: ["x"] });
  });
});

describe("gold articles", () => {
  for (const article of loadGold()) {
    const goal = article.file.includes("articles/") ? 0.95 : 0.85;
    it(`${article.file}: mention and relation F1 ≥ ${goal}`, () => {
      const r = evaluate(article);
      expect(r.mentions.f1, `missing ${r.mentions.missing.join(", ")}; extra ${r.mentions.extra.join(", ")}`).toBeGreaterThanOrEqual(goal);
      expect(r.relations.f1, `missing ${r.relations.missing.join(", ")}; extra ${r.relations.extra.join(", ")}`).toBeGreaterThanOrEqual(goal);
    });
  }
});

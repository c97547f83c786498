// The scorer on hand-made cases: what counts as right follows docs/relations.md, "Annotation conventions".
import { describe, expect, it } from "vitest";
import type { SeedFormat } from "../graph-seed/seed-format";
import { goldSpans, prf, scoreArticle, summarise, withIntervals, type Gold } from "./score";

const text = "Egyptian President Abdel Fattah el-Sisi met Kenyan President William Ruto in Cairo. Sisi and Ruto met again.";
const gold: Gold = {
  id: "t-1",
  lang: "en",
  entities: [
    { key: "egypt", name: "Egypt", type: "country", names: ["Egyptian"] },
    { key: "kenya", name: "Kenya", type: "country", names: ["Kenyan"] },
    { key: "sisi", name: "Abdel Fattah el-Sisi", type: "person", names: ["Abdel Fattah el-Sisi", "Sisi"] },
    { key: "ruto", name: "William Ruto", type: "person", names: ["William Ruto", "Ruto"] },
    { key: "cairo", name: "Cairo", type: "city", names: ["Cairo"] },
  ],
  relations: [
    { source: "sisi", type: "LEADER_OF", target: "egypt", evidence: ["Egyptian President Abdel Fattah el-Sisi"] },
    { source: "ruto", type: "LEADER_OF", target: "kenya", evidence: ["Kenyan President William Ruto"] },
    { source: "ruto", type: "MET_WITH", target: "sisi", evidence: ["met Kenyan President", "Sisi and Ruto met again"] },
  ],
};

const at = (s: string, from = 0) => text.indexOf(s, from);
function mention(s: string, from = 0) {
  const start = at(s, from);
  if (start < 0) throw new Error(`no "${s}" after ${from}`);
  return { sentence: start < 84 ? 0 : 1, start, end: start + s.length, surface: s, rule: "exact" as const, confidence: 1 };
}
const ev = { sentence: 0, start: 0, end: 10, rule: "r", confidence: 1 };
function extraction(relations: [string, string, string][]): SeedFormat {
  return {
    document: { id: "doc-0000000000000000", lang: "en", title: "t" },
    sentences: [
      { index: 0, text: text.slice(0, 83), start: 0, end: 83 },
      { index: 1, text: text.slice(84), start: 84, end: text.length },
    ],
    entities: [
      { id: "egypt", name: "Egypt", type: "country", mentions: [mention("Egyptian")] },
      { id: "kenya", name: "Kenya", type: "country", mentions: [mention("Kenyan")] },
      { id: "abdel-fattah-el-sisi", name: "Abdel Fattah el-Sisi", type: "person", mentions: [mention("Abdel Fattah el-Sisi"), mention("Sisi", 83)] },
      { id: "william-ruto", name: "William Ruto", type: "person", mentions: [mention("William Ruto")] },
    ],
    relations: relations.map(([source, type, target]) => ({ id: `${type}:${source}:${target}`, type, source, target, confidence: 1, modality: "fact" as const, evidence: [ev] })),
  };
}

describe("scoreArticle", () => {
  it("counts a relation right by type, direction and both ends, whatever the pipeline's ids", () => {
    const s = scoreArticle(extraction([["abdel-fattah-el-sisi", "LEADER_OF", "egypt"]]), text, gold);
    expect(s.relations.LEADER_OF).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it("counts a reversed relation wrong (and the right one missed)", () => {
    const s = scoreArticle(extraction([["egypt", "LEADER_OF", "abdel-fattah-el-sisi"]]), text, gold);
    expect(s.relations.LEADER_OF).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it("counts a symmetric relation right either way", () => {
    for (const pair of [["abdel-fattah-el-sisi", "william-ruto"], ["william-ruto", "abdel-fattah-el-sisi"]]) {
      const s = scoreArticle(extraction([[pair[0]!, "MET_WITH", pair[1]!]]), text, gold);
      expect(s.relations.MET_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
    }
  });

  it("counts a relation stated twice once", () => {
    // Two pipeline entities for one gold person (a duplicate) give the same relation twice: it is one relation.
    const x = extraction([["abdel-fattah-el-sisi", "MET_WITH", "william-ruto"], ["sisi", "MET_WITH", "william-ruto"]]);
    x.entities.push({ id: "sisi", name: "Sisi", type: "person", mentions: [mention("Sisi", 83)] });
    expect(scoreArticle(x, text, gold).relations.MET_WITH).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("reports a type the conventions do not define apart, never in the scores", () => {
    const s = scoreArticle(extraction([["egypt", "BORDERS", "kenya"], ["egypt", "CO_MENTIONED", "kenya"]]), text, gold);
    expect(s.otherTypes).toEqual({ BORDERS: 1 });
    expect(Object.values(s.relations).reduce((n, c) => n + c.fp, 0)).toBe(0);
    expect(s.edges).toEqual({ coMentioned: 1, all: 2 });
  });

  it("counts a relation to an entity the gold lacks as wrong", () => {
    const s = scoreArticle(extraction([["william-ruto", "PLANS_TO_VISIT", "nairobi"]]), text, gold);
    expect(s.relations.PLANS_TO_VISIT).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.extra).toEqual(["ruto PLANS_TO_VISIT ?nairobi"]);
  });

  it("measures entity recall per sentence: Cairo and the second Ruto are not found", () => {
    const s = scoreArticle(extraction([]), text, gold);
    expect(s.mentions).toEqual({ found: 5, gold: 7 });
  });
});

describe("alignment", () => {
  it("takes a mention that spans a country's adjective and a person's name for the person", () => {
    const x = extraction([["abdel-fattah-el-sisi", "LEADER_OF", "egypt"]]);
    const whole = "Egyptian President Abdel Fattah el-Sisi";
    x.entities[2]!.mentions = [{ ...mention(whole), end: at(whole) + whole.length, surface: whole }];
    expect(scoreArticle(x, text, gold).relations.LEADER_OF).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
});

describe("goldSpans", () => {
  it("finds names as words, the longest first, and Arabic names behind a proclitic", () => {
    expect(goldSpans("Sisite Sisi", [{ key: "s", name: "Sisi", type: "person", names: ["Sisi"] }]).map((s) => s.start)).toEqual([7]);
    expect(goldSpans("وبمصر والمصريون", [{ key: "egypt", name: "Egypt", type: "country", names: ["مصر"] }])).toHaveLength(2);
  });
});

describe("summaries", () => {
  it("gives micro-averaged figures with an interval that holds the point estimate", () => {
    const scores = [scoreArticle(extraction([["abdel-fattah-el-sisi", "LEADER_OF", "egypt"]]), text, gold), scoreArticle(extraction([["egypt", "LEADER_OF", "kenya"]]), text, gold)];
    const r = withIntervals(scores);
    expect(r.precision.value).toBe(0.5);
    expect(r.precision.low).toBeLessThanOrEqual(0.5);
    expect(r.precision.high).toBeGreaterThanOrEqual(0.5);
    expect(prf({ tp: 1, fp: 1, fn: 5 }).recall).toBeCloseTo(1 / 6);
    expect(summarise(scores).goldRelations).toBe(6);
  });
});

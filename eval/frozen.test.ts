// The test half is frozen: its texts and gold hash to the committed checksum. Tune on the dev half only; read the test
// half's score, never its misses (docs/pipeline.md, "Evaluation").
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepare } from "../graph-seed/prepare";
import { corpusRows, EVAL_DIR, loadCorpus, testHalfChecksum } from "./corpus";
import { SCORED_TYPES } from "./score";

describe("the evaluation corpus", () => {
  it("has a test half whose texts and gold are unchanged since they were frozen", () => {
    expect(testHalfChecksum()).toBe(fs.readFileSync(path.join(EVAL_DIR, "test-half.sha256"), "utf8").trim());
  });

  it("is split by article, half of each language in each half", () => {
    const rows = corpusRows();
    for (const lang of ["ar", "en"]) {
      const of = rows.filter((r) => r.lang === lang);
      expect(of.filter((r) => r.half === "test").length).toBe(of.length / 2);
    }
  });

  it("meets the counts the project set: 40+ articles in both languages, 400+ sentences, 200+ relations, 10+ per type, 8+ topics", () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((a) => a.lang === "ar").length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((a) => a.lang === "en").length).toBeGreaterThanOrEqual(20);
    expect(corpus.reduce((n, a) => n + prepare(a.bytes, { lang: a.lang }).sentences.length, 0)).toBeGreaterThanOrEqual(400);
    const relations = corpus.flatMap((a) => a.gold.relations);
    expect(relations.length).toBeGreaterThanOrEqual(200);
    for (const t of SCORED_TYPES) expect(relations.filter((r) => r.type === t).length, t).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((a) => a.topic)).size).toBeGreaterThanOrEqual(8);
  });

  it("has gold whose relations join its own entities and whose names occur in the text", () => {
    for (const a of loadCorpus()) {
      const text = new TextDecoder().decode(a.bytes);
      const keys = new Set(a.gold.entities.map((e) => e.key));
      for (const e of a.gold.entities) for (const n of e.names) expect(text.includes(n), `${a.id}: ${n}`).toBe(true);
      for (const r of a.gold.relations) {
        expect(keys.has(r.source) && keys.has(r.target), `${a.id}: ${r.source} ${r.type} ${r.target}`).toBe(true);
        expect(SCORED_TYPES as readonly string[]).toContain(r.type);
      }
    }
  });
});

// Property-based fuzzing of the seed pipeline: any text or bytes either are refused with an ArticleError or give an
// extraction whose every offset slices the text to what it claims; hostile articles posted through the API land whole
// (no half document), and posting one again changes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postDocument } from "@/app/api/documents/route";
import { closeDb } from "@/lib/db";
import { ensureSchema } from "@/lib/graph/schema";
import { toNumber } from "@/lib/graph/values";
import { closeDriver, readTx } from "@/lib/neo4j";
import { entityId } from "@/lib/validation";
import { ArticleError, prepare } from "@/lib/documents/ingest";
import { checkAnswer } from "./fuzz/harness";
import { hostileString } from "./fuzz/hostile";
import { clearGraph, graphCounts, seedText } from "./helpers";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const POSTS = Math.max(10, Math.round(RUNS / 4));
const settings = (runs: number) => ({ numRuns: runs, ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}) });
let cases = 0;

const seedSentences = seedText().split(/(?<=[.؟!])\s+/).filter(Boolean);
const NAMES = ["China", "Russia", "Xi Jinping", "Putin", "Taiwan", "Beijing", "Moscow", "Cairo", "بكين", "موسكو", "الصين", "روسيا", "وروسيا", "بوتين", "شي جين بينغ", "تايوان", "الرئيس", "said", "supports", "قال", "تدعم"];
const MARKUP = ["<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">Putin</a>', "[China](javascript:alert(1))", "&lt;b&gt;", "]]>", "<!--"];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...seedSentences) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(" ", ". ", "، ", "\n", "\n\n", "؟ ", "! ", " و", "\u200f", "\u200d", "\u202b", "\u202c", "\ufeff", "ـ") },
);
export const article = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(""));

/** Every offset of an extraction slices the text to what it says it is; every id is a slug; relations join entities. */
function checkExtraction(text: string, x: ReturnType<typeof prepare>) {
  const doc = x.document.text;
  expect(doc.length).toBeGreaterThan(0);
  for (const s of x.sentences) expect(doc.slice(s.start, s.end)).toBe(s.text);
  const sentences = new Map(x.sentences.map((s) => [s.index, s]));
  const ids = new Set<string>();
  for (const e of x.entities) {
    expect(entityId.safeParse(e.id).success, `entity id ${JSON.stringify(e.id)}`).toBe(true);
    ids.add(e.id);
    for (const m of e.mentions) {
      const s = sentences.get(m.sentence)!;
      expect(s, `mention in sentence ${m.sentence}`).toBeDefined();
      expect(doc.slice(m.start, m.end)).toBe(m.surface);
      expect(m.start >= s.start && m.end <= s.end && m.start < m.end).toBe(true);
    }
  }
  for (const r of x.relations) {
    expect(ids.has(r.source) && ids.has(r.target), `relation ${r.id} joins known entities`).toBe(true);
    for (const ev of r.evidence) {
      const s = sentences.get(ev.sentence)!;
      expect(s && ev.start >= s.start && ev.end <= s.end && ev.start <= ev.end).toBe(true);
    }
  }
  void text;
}

beforeAll(async () => {
  await ensureSchema();
  await clearGraph();
});

afterAll(async () => {
  console.log(`fuzz: ${cases} seed-pipeline cases`);
  await closeDriver();
  await closeDb();
});

describe("the pipeline's pure steps", () => {
  it("extract any text into consistent offsets, or refuse it with an ArticleError", () => {
    fc.assert(
      fc.property(article, fc.constantFrom(undefined, "ar" as const, "en" as const), (text, lang) => {
        cases++;
        let x: ReturnType<typeof prepare>;
        try {
          x = prepare(text, { lang });
        } catch (err) {
          if (err instanceof ArticleError) return;
          throw err;
        }
        checkExtraction(text, x);
      }),
      settings(RUNS * 5),
    );
  });

  it("refuse bytes that are not UTF-8 text with an ArticleError, never another error", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        cases++;
        try {
          checkExtraction("", prepare(bytes));
        } catch (err) {
          if (!(err instanceof ArticleError)) throw err;
        }
      }),
      settings(RUNS * 2),
    );
  });
});

/** Documents whose stored counts disagree with what hangs off them: a half-written document would show here. */
async function halfDocuments() {
  return readTx(async (tx) => {
    const res = await tx.run(
      `MATCH (d:Document)
       OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(s:Sentence)
       WITH d, count(s) AS sentences
       OPTIONAL MATCH (d)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(:Entity)
       WITH d, sentences, count(m) AS mentions
       WHERE sentences <> d.sentenceCount OR mentions <> d.mentionCount
       RETURN d.id AS id, sentences, mentions, d.sentenceCount AS expected`,
    );
    const orphanEvidence = await tx.run("MATCH (v:Evidence) WHERE NOT (v)-[:FROM]->(:Sentence) RETURN count(v) AS n");
    return { documents: res.records.map((r) => String(r.get("id"))), orphanEvidence: toNumber(orphanEvidence.records[0]?.get("n")) };
  });
}

describe("hostile articles through POST /api/documents", () => {
  it("land whole or not at all, and posting one again changes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(article, hostileString, async (text, title) => {
        cases++;
        const post = async () => {
          const res = await postDocument(new Request("http://fuzz.test/api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, title: title.trim() ? title.slice(0, 300) : undefined }) }));
          const a = { status: res.status, text: await res.text() };
          checkAnswer(a, `POST /api/documents ${JSON.stringify(text.slice(0, 100))}`);
          return a;
        };
        const first = await post();
        const counts = await graphCounts();
        expect(await halfDocuments()).toEqual({ documents: [], orphanEvidence: 0 });
        if (first.status === 201) {
          const again = await post();
          expect(again.status).toBe(201);
          expect(await graphCounts()).toEqual(counts);
        }
      }),
      settings(POSTS),
    );
  }, 60_000 + POSTS * 2_000); // each case runs the pipeline and writes twice; the soak's thousand-fold runs take minutes
});

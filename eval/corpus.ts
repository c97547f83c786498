// The evaluation corpus on disk: eval/corpus.json lists the articles with their half and topic; texts in
// eval/articles/, gold in eval/gold/ (written by people who never saw the pipeline: eval/WRITING.md, eval/ANNOTATION.md).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Gold } from "./score";

export const EVAL_DIR = path.dirname(new URL(import.meta.url).pathname);

export interface CorpusArticle {
  id: string;
  lang: "ar" | "en";
  half: "dev" | "test";
  topic: string;
  style: string;
  bytes: Uint8Array;
  gold: Gold;
}

interface Row {
  id: string;
  lang: "ar" | "en";
  half: "dev" | "test";
  topic: string;
  style: string;
}

export function corpusRows(): Row[] {
  return (JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "corpus.json"), "utf8")) as { articles: Row[] }).articles;
}

export function loadCorpus(): CorpusArticle[] {
  return corpusRows().map((r) => ({
    ...r,
    bytes: fs.readFileSync(path.join(EVAL_DIR, "articles", `${r.id}.txt`)),
    gold: JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "gold", `${r.id}.json`), "utf8")) as Gold,
  }));
}

/** One hash over the test half's texts and gold, file by file in id order: any change to either changes it. */
export function testHalfChecksum(): string {
  const hash = createHash("sha256");
  for (const r of corpusRows().filter((r) => r.half === "test").sort((a, b) => a.id.localeCompare(b.id)))
    for (const file of [path.join("articles", `${r.id}.txt`), path.join("gold", `${r.id}.json`)]) {
      hash.update(`${file}\n`);
      hash.update(fs.readFileSync(path.join(EVAL_DIR, file)));
    }
  return hash.digest("hex");
}

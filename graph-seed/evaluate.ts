// Precision, recall and F1 of the pipeline against hand-written gold: entity mentions per sentence, typed relations.
import fs from "node:fs";
import path from "node:path";
import { extract } from "./extract";
import type { Lang } from "./types";

export interface GoldArticle {
  file: string;
  lang: Lang;
  mentions: Record<string, string[]>;
  relations: [string, string, string][];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  missing: string[];
  extra: string[];
}

const SYMMETRIC = new Set(["MET_WITH", "COOPERATES_WITH", "TRADES_WITH", "CO_MENTIONED"]);
export const EVAL_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), "eval");

export function score(predicted: Set<string>, gold: Set<string>): Score {
  const hit = [...predicted].filter((p) => gold.has(p)).length;
  const precision = predicted.size ? hit / predicted.size : gold.size ? 0 : 1;
  const recall = gold.size ? hit / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, missing: [...gold].filter((g) => !predicted.has(g)).sort(), extra: [...predicted].filter((p) => !gold.has(p)).sort() };
}

const relationKey = (source: string, type: string, target: string) => (SYMMETRIC.has(type) && target < source ? `${target} ${type} ${source}` : `${source} ${type} ${target}`);

export function evaluate(article: GoldArticle) {
  const text = fs.readFileSync(path.join(EVAL_DIR, article.file), "utf8");
  const x = extract({ text, lang: article.lang, title: article.file });
  const predictedMentions = new Set(x.entities.flatMap((e) => e.mentions.map((m) => `${m.sentence}:${e.id}`)));
  const goldMentions = new Set(Object.entries(article.mentions).flatMap(([s, ids]) => ids.map((id) => `${s}:${id}`)));
  const predictedRelations = new Set(x.relations.filter((r) => r.type !== "CO_MENTIONED").map((r) => relationKey(r.source, r.type, r.target)));
  const goldRelations = new Set(article.relations.map(([s, t, o]) => relationKey(s, t, o)));
  return { file: article.file, sentences: x.sentences.length, mentions: score(predictedMentions, goldMentions), relations: score(predictedRelations, goldRelations) };
}

export function loadGold(): GoldArticle[] {
  return (JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "gold.json"), "utf8")) as { articles: GoldArticle[] }).articles;
}

// A worker thread of the bulk ingest: one article record in, its extraction out (pure CPU work, no store touched).
import { workerData } from "node:worker_threads";
import type { ArticleRecord } from "../../graph-seed/article-record";
import { extract } from "../../graph-seed/extract";
import type { GazetteerRecord } from "../../graph-seed/gazetteer";
import { defaultTitle } from "../../graph-seed/prepare";
import { detectLang } from "../../graph-seed/read-article";
import type { Extraction } from "../../graph-seed/types";

const gazetteer = (workerData as { gazetteer?: GazetteerRecord[] } | undefined)?.gazetteer ?? undefined;

export type ExtractResult = { extraction: Extraction } | { error: string };

export default function extractArticle(record: ArticleRecord): ExtractResult {
  try {
    const lang = record.lang ?? detectLang(record.text);
    const x = extract({ text: record.text, lang, title: record.title ?? "", source: record.source, publishedAt: record.publishedAt }, gazetteer);
    if (!record.title) x.document.title = defaultTitle(x);
    return { extraction: x };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

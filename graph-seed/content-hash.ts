// An article's content hash: what the bulk ingest compares to skip an unchanged article on a re-run.
import { createHash } from "node:crypto";
import type { ArticleRecord } from "./article-record";

/**
 * The hash that says whether an article changed since it was written: its text, its fields and the pipeline version
 * (a new pipeline reads an article differently, so it counts as a change).
 */
export function contentHash(record: ArticleRecord, pipelineVersion: string): string {
  const { text, title, lang, source, publishedAt, outlet } = record;
  return createHash("sha256")
    .update(JSON.stringify([pipelineVersion, text, title ?? null, lang ?? null, source ?? null, publishedAt ?? null, outlet ?? null]))
    .digest("hex");
}

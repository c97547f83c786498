// Article bytes → extraction, touching no store: decode, detect the language, extract with the given gazetteer, title.
import { extract } from "./extract";
import type { GazetteerRecord } from "./gazetteer";
import { decodeArticle, detectLang } from "./read-article";
import type { Extraction, Lang } from "./types";

export interface PrepareOptions {
  lang?: Lang;
  title?: string;
  source?: string;
  publishedAt?: string;
  maxBytes?: number;
  /** Hears one line per step (read, extract, write). */
  progress?: (line: string) => void;
  /** The gazetteer to read names with (the curated one; default: the built-in one). */
  gazetteer?: GazetteerRecord[];
}

/** A readable default title: the first sentence, cut at a word boundary. */
export function defaultTitle(x: Pick<Extraction, "sentences">, max = 90): string {
  const first = x.sentences[0]?.text.trim() ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut) + "…";
}

/** Decodes and extracts an article without touching any store. */
export function prepare(bytes: Uint8Array | string, opts: PrepareOptions = {}): Extraction {
  const raw = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const text = decodeArticle(raw, { maxBytes: opts.maxBytes });
  const lang = opts.lang ?? detectLang(text);
  opts.progress?.(`read: ${raw.byteLength} bytes, ${text.length} characters, language ${lang}${opts.lang ? "" : " (detected)"}`);
  const t0 = performance.now();
  const x = extract({ text, lang, title: opts.title ?? "", source: opts.source, publishedAt: opts.publishedAt }, opts.gazetteer);
  if (!opts.title) x.document.title = defaultTitle(x);
  const mentions = x.entities.reduce((n, e) => n + e.mentions.length, 0);
  const typed = x.relations.filter((r) => r.type !== "CO_MENTIONED").length;
  opts.progress?.(
    `extract: ${x.sentences.length} sentences, ${mentions} mentions of ${x.entities.length} entities, ${x.relations.length} relations (${typed} typed) in ${Math.round(performance.now() - t0)} ms`,
  );
  return x;
}


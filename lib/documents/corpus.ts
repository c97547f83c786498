// A corpus as a stream of articles: files, folders (recursively) and stdin → one item per article, read lazily so
// memory does not grow with the corpus; a bad file or line becomes an item with its error, never a stop.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Readable } from "node:stream";
import { parseArticleFile, parseArticleLine, type ArticleRecord } from "../../graph-seed/article-record";
import { ArticleError, DEFAULT_MAX_BYTES } from "../../graph-seed/read-article";

/** The extensions a folder is searched for; a file named on the command line is read whatever its name. */
export const CORPUS_EXTENSIONS = [".txt", ".md", ".markdown", ".jsonl"];

export interface CorpusItem {
  /** Where the article came from, as reported to the user: `folder/a.txt`, `feed.jsonl:12`, `stdin`. */
  origin: string;
  /**
   * What identifies the article across runs, so a changed article replaces its earlier version: its source URL, else
   * its file (and line), else its text.
   */
  key: string;
  record?: ArticleRecord;
  error?: string;
}

export interface CorpusOptions {
  maxBytes?: number;
  stdin?: Readable;
}

const isJsonLines = (file: string) => file.toLowerCase().endsWith(".jsonl");

function textKey(text: string) {
  return `text:${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16)}`;
}

function keyOf(record: ArticleRecord, fallback: string) {
  return record.source ?? fallback;
}

function failure(origin: string, key: string, err: unknown): CorpusItem {
  if (err instanceof ArticleError) return { origin, key, error: err.message };
  const code = (err as NodeJS.ErrnoException).code;
  return { origin, key, error: code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : err instanceof Error ? err.message : String(err) };
}

/** The files a path stands for: itself, or (for a folder) every corpus file below it, in name order. */
async function* filesOf(p: string): AsyncGenerator<{ file: string; error?: string }> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(p);
  } catch (err) {
    yield { file: p, error: failure(p, p, err).error };
    return;
  }
  if (!stat.isDirectory()) {
    yield { file: p };
    return;
  }
  const entries = await fs.promises.readdir(p, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = path.join(p, entry.name);
    if (entry.isDirectory()) yield* filesOf(child);
    else if (entry.isFile() && CORPUS_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) yield { file: child };
  }
}

async function* linesOf(input: Readable, origin: string, keyBase: string, maxBytes: number): AsyncGenerator<CorpusItem> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let articles = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    articles++;
    const where = `${origin}:${n}`;
    try {
      const record = parseArticleLine(line, { maxBytes });
      yield { origin: where, key: keyOf(record, `${keyBase}#${n}`), record };
    } catch (err) {
      yield failure(where, `${keyBase}#${n}`, err);
    }
  }
  if (articles === 0) yield { origin, key: keyBase, error: "the file holds no articles (it is empty)" };
}

async function* fileItems(file: string, maxBytes: number): AsyncGenerator<CorpusItem> {
  const key = `file:${path.resolve(file)}`;
  if (isJsonLines(file)) {
    let stream: fs.ReadStream;
    try {
      await fs.promises.access(file, fs.constants.R_OK);
      stream = fs.createReadStream(file);
    } catch (err) {
      yield failure(file, key, err);
      return;
    }
    yield* linesOf(stream, file, key, maxBytes);
    return;
  }
  try {
    // The size is checked before reading, so a huge file costs nothing.
    const { size } = await fs.promises.stat(file);
    if (size > maxBytes) throw new ArticleError(`the article is ${size} bytes; the limit is ${maxBytes} bytes`, true);
    const record = parseArticleFile(await fs.promises.readFile(file), { maxBytes, markdown: /\.(md|markdown)$/i.test(file) });
    yield { origin: file, key: keyOf(record, key), record };
  } catch (err) {
    yield failure(file, key, err);
  }
}

/** stdin: JSON Lines when it starts with `{`, else one article (with optional front matter). */
async function* stdinItems(input: Readable, maxBytes: number): AsyncGenerator<CorpusItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  let mode: "lines" | "text" | undefined;
  const iterator = input[Symbol.asyncIterator]();
  while (mode === undefined) {
    const { value, done } = await iterator.next();
    if (done) break;
    const chunk = Buffer.isBuffer(value) ? value : Buffer.from(value as string);
    chunks.push(chunk);
    size += chunk.length;
    const head = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    if (head) mode = head.startsWith("{") ? "lines" : "text";
  }
  if (mode === "lines") {
    const { Readable: ReadableStream } = await import("node:stream");
    const rest = ReadableStream.from(
      (async function* () {
        yield Buffer.concat(chunks);
        for (;;) {
          const { value, done } = await iterator.next();
          if (done) return;
          yield value as Buffer;
        }
      })(),
    );
    yield* linesOf(rest, "stdin", "stdin", maxBytes);
    return;
  }
  for (;;) {
    if (size > maxBytes) {
      yield { origin: "stdin", key: "stdin", error: `the article is more than ${maxBytes} bytes; the limit is ${maxBytes} bytes` };
      return;
    }
    const { value, done } = await iterator.next();
    if (done) break;
    const chunk = Buffer.isBuffer(value) ? value : Buffer.from(value as string);
    chunks.push(chunk);
    size += chunk.length;
  }
  try {
    const record = parseArticleFile(Buffer.concat(chunks), { maxBytes });
    yield { origin: "stdin", key: keyOf(record, textKey(record.text)), record };
  } catch (err) {
    yield failure("stdin", "stdin", err);
  }
}

/** Every article the given paths hold, one at a time. */
export async function* readCorpus(paths: string[], { maxBytes = DEFAULT_MAX_BYTES, stdin = process.stdin }: CorpusOptions = {}): AsyncGenerator<CorpusItem> {
  for (const p of paths) {
    if (p === "-") {
      yield* stdinItems(stdin, maxBytes);
      continue;
    }
    for await (const { file, error } of filesOf(p)) {
      if (error) yield { origin: file, key: `file:${path.resolve(file)}`, error };
      else yield* fileItems(file, maxBytes);
    }
  }
}

/**
 * How many articles the paths hold (files, plus non-blank lines of JSON Lines files), counted by a quick streaming
 * pass so the progress bar has a total; undefined when stdin is among them.
 */
export async function countCorpus(paths: string[]): Promise<number | undefined> {
  if (paths.includes("-")) return undefined;
  let total = 0;
  for (const p of paths)
    for await (const { file, error } of filesOf(p)) {
      if (error || !isJsonLines(file)) {
        total++;
        continue;
      }
      try {
        const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
        let n = 0;
        for await (const line of lines) if (line.trim()) n++;
        total += Math.max(n, 1);
      } catch {
        total++;
      }
    }
  return total;
}

// One article of a corpus as a record: a JSON Lines line or a text file's front matter → {text, title, lang, source, publishedAt, outlet}.
import { z } from "zod";
import { ArticleError, DEFAULT_MAX_BYTES, decodeArticle } from "./read-article";

const URL_PATTERN = /^https?:\/\/\S+$/;

/** The fields an article may carry besides its text (the seed CLI's flags, plus the outlet). */
export const articleFields = z.object({
  title: z.string().trim().min(1, "title is empty").max(500, "title is longer than 500 characters").optional(),
  lang: z.enum(["ar", "en"], { error: "lang must be ar or en" }).optional(),
  source: z.string().trim().regex(URL_PATTERN, "source must be an http(s) URL").optional(),
  publishedAt: z
    .string()
    .trim()
    .refine((s) => !Number.isNaN(Date.parse(s)), "publishedAt must be a date such as 2021-12-15")
    .optional(),
  outlet: z.string().trim().min(1, "outlet is empty").max(200, "outlet is longer than 200 characters").optional(),
});

/** One JSON Lines line: the fields above and `text`; other fields are ignored. */
export const articleLine = articleFields.extend({ text: z.string({ error: "text is missing or not a string" }) });

export type ArticleFields = z.infer<typeof articleFields>;
export interface ArticleRecord extends ArticleFields {
  text: string;
}

function firstIssue(err: z.ZodError): string {
  const issue = err.issues[0]!;
  return issue.path.length && !issue.message.startsWith(String(issue.path[0])) ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

/** Checks a text as decodeArticle checks bytes: not empty, no NUL, under the size limit. */
function checkText(text: string, maxBytes: number) {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) throw new ArticleError(`the article is ${bytes} bytes; the limit is ${maxBytes} bytes`, true);
  if (text.includes("\u0000")) throw new ArticleError("the article contains NUL characters: it looks like binary data, not text");
  if (text.trim().length === 0) throw new ArticleError("the article is empty");
}

/** Parses one JSON Lines line into an article; throws ArticleError saying what is wrong. */
export function parseArticleLine(line: string, { maxBytes = DEFAULT_MAX_BYTES } = {}): ArticleRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new ArticleError(`not valid JSON (${err instanceof Error ? err.message : err})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ArticleError("a line must be one JSON object with a text field");
  const parsed = articleLine.safeParse(value);
  if (!parsed.success) throw new ArticleError(firstIssue(parsed.error));
  checkText(parsed.data.text, maxBytes);
  return parsed.data;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
const FIELD_NAMES = new Set(Object.keys(articleFields.shape));

/**
 * Splits a text or Markdown file into its front matter (`---` lines around `key: value` lines at the very top) and its
 * text. Known keys are title, lang, source, publishedAt and outlet; other keys (tags, author …) are ignored.
 */
export function parseArticleFile(bytes: Uint8Array, { maxBytes = DEFAULT_MAX_BYTES, markdown = false } = {}): ArticleRecord {
  const record = splitFrontMatter(decodeArticle(bytes, { maxBytes }), maxBytes);
  // A Markdown article without a title in its front matter is titled by its first heading (the text keeps it).
  const heading = markdown && !record.title ? /^\s*#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(record.text.trimStart().split("\n", 1)[0]!)?.[1] : undefined;
  return heading ? { ...record, title: heading.slice(0, 500) } : record;
}

function splitFrontMatter(decoded: string, maxBytes: number): ArticleRecord {
  const text = decoded.replace(/^\uFEFF/, "");
  const match = FRONT_MATTER.exec(text);
  if (!match) return { text: decoded };
  const fields: Record<string, string> = {};
  for (const raw of match[1]!.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith("#")) continue;
    const m = FIELD_LINE.exec(raw);
    if (!m) throw new ArticleError(`front matter: "${raw.trim().slice(0, 60)}" is not a key: value line`);
    const key = m[1]!;
    if (!FIELD_NAMES.has(key)) continue;
    fields[key] = m[2]!.replace(/^(["'])(.*)\1$/, "$2");
  }
  const parsed = articleFields.safeParse(fields);
  if (!parsed.success) throw new ArticleError(`front matter: ${firstIssue(parsed.error)}`);
  const body = text.slice(match[0].length);
  checkText(body, maxBytes);
  return { ...parsed.data, text: body };
}

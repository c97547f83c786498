// Step 1, read: bytes → text (strict UTF-8, BOM dropped, size capped) and its language.
import type { Lang } from "./types";

export const DEFAULT_MAX_BYTES = 2_000_000;

/** A problem with the article itself: reported to the user, never a stack trace. */
export class ArticleError extends Error {
  override name = "ArticleError";
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

export function decodeArticle(bytes: Uint8Array, { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {}): string {
  if (bytes.byteLength > maxBytes) throw new ArticleError(`the article is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes`, true);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArticleError("the article is not valid UTF-8 text (save it as UTF-8 and try again)");
  }
  if (text.includes("\u0000")) throw new ArticleError("the article contains NUL characters: it looks like a binary file, not text");
  if (text.trim().length === 0) throw new ArticleError("the article is empty");
  return text;
}

const ARABIC_LETTER = /[\u0600-\u06FF]/gu;
const LATIN_LETTER = /[A-Za-z]/g;

/** "ar" when Arabic letters outnumber Latin ones, else "en". */
export function detectLang(text: string): Lang {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic > latin ? "ar" : "en";
}

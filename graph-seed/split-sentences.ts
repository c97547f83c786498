// Step 3, sentences: split on . ! ? ؟ and line breaks, never inside numbers or abbreviations; offsets into the original text.
import type { Sentence } from "./types";

const TERMINATORS = new Set([".", "!", "?", "؟", "…"]);
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]", "›"]);
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "inc", "ltd", "co", "corp", "approx", "dept", "fig", "vol", "p"]);

function isDigit(ch: string | undefined) {
  return ch !== undefined && /\p{Nd}/u.test(ch);
}

/** The word (letters and inner dots) ending just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials: "J." or "U.S." style single capitals.
  return /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" || ch === "\r" || ch === "\u2029") {
      push(i);
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    if (ch === "." && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue; // 3.5, 1.000
    if (ch === "." && isAbbreviation(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    // Only a break when what follows is a space, a line end or the end of the text: "example.com" stays whole.
    if (end < text.length && !/\s/u.test(text[end]!)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/**
 * The index of the sentence that holds the whole span [start, end), or -1: a mention never runs across a sentence or
 * paragraph break (the fuzzer found a name read across one). Sentences are sorted by offset.
 */
export function sentenceHolding(sentences: readonly Sentence[], start: number, end = start + 1): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

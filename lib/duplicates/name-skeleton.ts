// A name's consonant skeleton, the same for an Arabic spelling and its Latin transliteration («بوتين» and "Putin": btn),
// so names in the two scripts can be compared. The letter classes are data; the rules are few.
import { distance } from "fastest-levenshtein";
import { normalizeText } from "../../graph-seed/normalize-arabic";

/** Arabic letters (after normalizeText's folding) and the consonant class each reads as; long vowels and ع drop. */
const ARABIC: Record<string, string> = {
  "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "g", "چ": "g", "غ": "g", "گ": "g",
  "ح": "h", "ه": "h", "خ": "k", "ك": "k", "ق": "k", "د": "d", "ذ": "d", "ض": "d",
  "ر": "r", "ز": "z", "ظ": "z", "س": "s", "ش": "s", "ص": "s", "ف": "f", "ڤ": "f",
  "ل": "l", "م": "m", "ن": "n",
};

/** Latin spellings of one sound, read before single letters ("kh" is خ, not k + h). */
const LATIN_DIGRAPHS: [string, string][] = [
  ["tsch", "z"], ["tsh", "z"], ["tch", "z"], ["tz", "z"], ["ts", "z"], ["sh", "s"], ["ch", "s"], ["kh", "k"], ["gh", "g"], ["th", "t"], ["dh", "d"], ["ph", "f"], ["zh", "g"], ["ck", "k"],
  ["ce", "s"], ["ci", "s"], ["cy", "s"], ["x", "ks"],
];
/** Latin letters and their class; vowels, w and y (the Arabic long vowels' partners) drop. */
const LATIN: Record<string, string> = {
  b: "b", p: "b", t: "t", d: "d", g: "g", j: "g", h: "h", k: "k", q: "k", c: "k", x: "s",
  r: "r", z: "z", s: "s", f: "f", v: "f", l: "l", m: "m", n: "n",
};

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_LETTER = /[a-z]/;

export type Script = "arabic" | "latin" | "other";

/** Which script a name is written in (its first letter decides). */
export function scriptOf(name: string): Script {
  for (const ch of normalizeText(name)) {
    if (ARABIC_LETTER.test(ch)) return "arabic";
    if (LATIN_LETTER.test(ch)) return "latin";
  }
  return "other";
}

/**
 * The skeleton of a name: per word, the article (al-, el-, ال) dropped, consonant classes in order, a doubled class
 * once, a final h (ة, -ah) dropped; words joined without spaces ("Xi Jinping" and «شي جين بينغ» both read sgnbng).
 */
export function nameSkeleton(name: string): string {
  const words = normalizeText(name).split(/[\s\-_.'’,]+/).filter(Boolean);
  let out = "";
  for (let word of words) {
    let classes = "";
    if (ARABIC_LETTER.test(word)) {
      if (word.startsWith("ال") && word.length > 3) word = word.slice(2);
      for (const ch of word) classes += ARABIC[ch] ?? "";
      // تس and تش stand for the Latin ts, tz and tsch.
      classes = classes.replace(/ts/g, "z");
    } else {
      if (/^(al|el)$/.test(word)) continue;
      let i = 0;
      while (i < word.length) {
        const two = LATIN_DIGRAPHS.find(([d]) => word.startsWith(d, i));
        // A word-initial x is pinyin's sh (Xi, «شي»); elsewhere ks (Alexander, «ألكسندر»).
        if (i === 0 && word[0] === "x") {
          classes += "s";
          i += 1;
        } else if (two) {
          classes += two[1];
          i += two[0].length;
        } else {
          classes += LATIN[word[i]!] ?? "";
          i += 1;
        }
      }
    }
    classes = classes.replace(/(.)\1+/g, "$1");
    if (classes.length > 1) classes = classes.replace(/h$/, "");
    out += classes;
  }
  return out;
}

/** How alike two skeletons are, 0..1 (1 - edit distance / the longer length). */
export function skeletonSimilarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

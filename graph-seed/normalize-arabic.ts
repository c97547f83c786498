// Step 2, normalise for matching (never for display), keeping a map from every normalised position to its original offset.

const FOLD: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
  "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
  "٫": ".", "،": ",", "؛": ";",
};

// Tashkeel (fathatan … sukun), superscript alef, Quranic marks, and tatweel carry no letters for matching.
const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F]/u;

export interface Normalized {
  text: string;
  /** map[i] = original offset of normalised char i; map[text.length] = original length. */
  map: number[];
}

export function normalizeForMatching(original: string): Normalized {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (DROP.test(ch)) continue;
    const code = ch.charCodeAt(0);
    let out: string;
    if (code >= 0x0660 && code <= 0x0669) out = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out = String(code - 0x06f0);
    // Latin letters lose their accents ("Inácio" matches "Inacio", "Erdoğan" matches "Erdogan"); combining marks go.
    else if (code >= 0x0300 && code <= 0x036f) continue;
    else if (code >= 0x00c0 && code <= 0x024f) out = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    else out = FOLD[ch] ?? ch.toLowerCase();
    // toLowerCase never changes length for the scripts we match, but guard the map anyway.
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      map.push(i);
    }
  }
  map.push(original.length);
  return { text, map };
}

/** Normalises a short string (a name, a query) without the offset map. */
export function normalizeText(s: string): string {
  return normalizeForMatching(s).text;
}

// A sentence rendered as text with one span marked (and inside it the words that carried a relation, when known);
// direction follows the document's language.
const LETTER = /[\p{L}\p{M}]/u;

export function HighlightedSentence({ text, from, to, lang, cue }: { text: string; from: number; to: number; lang: string; cue?: { from: number; to: number } }) {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  // The cue is drawn as whole words (an Arabic word split between two elements can lose its joining).
  let cueStart = cue ? Math.max(start, Math.min(cue.from, end)) : end;
  let cueEnd = cue ? Math.max(cueStart, Math.min(cue.to, end)) : end;
  if (cue && cueEnd > cueStart) {
    while (cueStart > start && LETTER.test(text[cueStart - 1]!)) cueStart--;
    while (cueEnd < end && LETTER.test(text[cueEnd]!)) cueEnd++;
  }
  return (
    <p className="sentence" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
      {text.slice(0, start)}
      <mark>
        {text.slice(start, cueStart)}
        {cueEnd > cueStart && (
          <strong className="cue" data-testid="evidence-cue">
            {text.slice(cueStart, cueEnd)}
          </strong>
        )}
        {text.slice(cueEnd, end)}
      </mark>
      {text.slice(end)}
    </p>
  );
}

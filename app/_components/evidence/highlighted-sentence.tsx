// A sentence rendered as text with one span marked; direction follows the document's language.
export function HighlightedSentence({ text, from, to, lang }: { text: string; from: number; to: number; lang: string }) {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  return (
    <p className="sentence" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </p>
  );
}

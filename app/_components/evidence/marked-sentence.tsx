// A sentence rendered as text with several spans marked (the two names of a co-mention); direction follows its language.
export function MarkedSentence({ text, marks, lang }: { text: string; marks: { from: number; to: number }[]; lang: string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.from - b.from)) {
    const from = Math.max(at, Math.min(m.from, text.length));
    const to = Math.max(from, Math.min(m.to, text.length));
    if (to === from) continue;
    parts.push(text.slice(at, from), <mark key={from}>{text.slice(from, to)}</mark>);
    at = to;
  }
  parts.push(text.slice(at));
  return (
    <p className="sentence" lang={lang} dir={lang === "ar" ? "rtl" : "ltr"}>
      {parts}
    </p>
  );
}

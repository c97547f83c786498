// Splits an article into plain and mention spans for display: in text order, never overlapping.
export interface Span {
  start: number;
  end: number;
}

/** Where mentions overlap (a title and its adjective), the earlier and then the longer one wins. */
export function segments<M extends Span>(text: string, mentions: M[]): ({ text: string } | { text: string; mention: M })[] {
  const out: ({ text: string } | { text: string; mention: M })[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

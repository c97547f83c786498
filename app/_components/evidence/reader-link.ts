// Where a sentence of a document opens: the explorer with the reader beside the graph, scrolled to it.
export function readerHref(documentId: string, sentence?: number, extra: Record<string, string> = {}) {
  const p = new URLSearchParams({ ...extra, doc: documentId });
  if (sentence !== undefined) p.set("sentence", String(sentence));
  return `/?${p}`;
}

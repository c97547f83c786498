"use client";
// Paste an article or pick a .txt file, send it through the pipeline, and link to what landed in the graph.
import Link from "next/link";
import { useState } from "react";
import { useChange } from "@/app/_components/api/use-change";
import { ChangeStatus } from "@/app/_components/shared/change-status";

interface Summary {
  documentId: string;
  title: string;
  sentences: number;
  mentions: number;
  entities: number;
  relations: number;
  durationMs: number;
  top: { id: string; name: string; mentions: number }[];
}

export function AddArticleForm() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [lang, setLang] = useState("");
  const [source, setSource] = useState("");
  const change = useChange();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const sending = change.state.kind === "pending";

  async function pickFile(file: File | undefined) {
    if (!file) return;
    change.reset();
    setSummary(null);
    try {
      // Strict decoding: a file that is not UTF-8 is refused here rather than silently garbled.
      setText(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()));
      if (!title) setTitle(file.name.replace(/\.txt$/i, ""));
      setFileError(null);
    } catch {
      setFileError(`${file.name} is not UTF-8 text: save it as UTF-8 and try again`);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSummary(null);
    setFileError(null);
    const body = { text, ...(title.trim() ? { title: title.trim() } : {}), ...(lang ? { lang } : {}), ...(source.trim() ? { source: source.trim() } : {}) };
    const done = await change.send<Summary>("/api/documents", "POST", body);
    if (done) setSummary(done.data);
  }

  const rtl = /[\u0600-\u06FF]/.test(text.slice(0, 200));
  return (
    <>
      <form className="add-form" onSubmit={submit}>
        <label>
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} dir={rtl ? "rtl" : "ltr"} lang={rtl ? "ar" : "en"} required placeholder="Paste the article here…" />
        </label>
        <div className="row">
          <label>
            Or a file
            <input type="file" accept=".txt,text/plain" onChange={(e) => pickFile(e.target.files?.[0])} />
          </label>
          <label>
            Title (optional)
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} dir="auto" />
          </label>
          <label>
            Language
            <select value={lang} onChange={(e) => setLang(e.target.value)}>
              <option value="">detect</option>
              <option value="ar">Arabic</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            Source URL (optional)
            <input value={source} onChange={(e) => setSource(e.target.value)} type="url" placeholder="https://…" />
          </label>
        </div>
        <button type="submit" disabled={sending || text.trim().length === 0}>
          {sending ? "Adding…" : "Add to the graph"}
        </button>
        {fileError && (
          <p className="form-error" role="alert">
            {fileError}
          </p>
        )}
        {change.state.kind === "error" && <ChangeStatus change={change} />}
        {summary && (
          <section className="form-result" role="status" data-testid="ingest-result">
            <p>
              <strong dir="auto">{summary.title}</strong> is in the graph: {summary.sentences} sentences, {summary.mentions} mentions, {summary.entities} entities,{" "}
              {summary.relations} relations ({summary.durationMs} ms).
            </p>
            {summary.top.length > 0 && (
              <p>
                See:{" "}
                {summary.top.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && " · "}
                    <Link href={`/?entity=${e.id}`}>{e.name}</Link>
                  </span>
                ))}
              </p>
            )}
          </section>
        )}
      </form>
      {/* Outside the form: the token prompt is a form of its own. */}
      {change.state.kind === "token" && <ChangeStatus change={change} />}
    </>
  );
}

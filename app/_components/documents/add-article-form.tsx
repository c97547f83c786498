"use client";
// Paste an article or pick a .txt file, send it through the pipeline, and link to what landed in the graph.
import Link from "next/link";
import { useState } from "react";

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

type State = { kind: "idle" } | { kind: "sending" } | { kind: "done"; summary: Summary } | { kind: "error"; message: string; fields?: Record<string, string> };

export function AddArticleForm() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [lang, setLang] = useState("");
  const [source, setSource] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });

  async function pickFile(file: File | undefined) {
    if (!file) return;
    try {
      // Strict decoding: a file that is not UTF-8 is refused here rather than silently garbled.
      setText(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()));
      if (!title) setTitle(file.name.replace(/\.txt$/i, ""));
      setState({ kind: "idle" });
    } catch {
      setState({ kind: "error", message: `${file.name} is not UTF-8 text: save it as UTF-8 and try again` });
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: "sending" });
    try {
      const res = await fetch("/api/documents", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text, ...(title.trim() ? { title: title.trim() } : {}), ...(lang ? { lang } : {}), ...(source.trim() ? { source: source.trim() } : {}) }),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) setState({ kind: "error", message: body?.error?.message ?? `the server answered ${res.status}`, fields: body?.error?.fields });
      else setState({ kind: "done", summary: body as Summary });
    } catch {
      setState({ kind: "error", message: "the Sanad server cannot be reached" });
    }
  }

  const rtl = /[\u0600-\u06FF]/.test(text.slice(0, 200));
  return (
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
      <button type="submit" disabled={state.kind === "sending" || text.trim().length === 0}>
        {state.kind === "sending" ? "Adding…" : "Add to the graph"}
      </button>
      {state.kind === "error" && (
        <p className="form-error" role="alert">
          {state.message}
          {state.fields && ` (${Object.entries(state.fields).map(([k, v]) => `${k}: ${v}`).join("; ")})`}
        </p>
      )}
      {state.kind === "done" && (
        <section className="form-result" role="status" data-testid="ingest-result">
          <p>
            <strong dir="auto">{state.summary.title}</strong> is in the graph: {state.summary.sentences} sentences, {state.summary.mentions} mentions, {state.summary.entities} entities,{" "}
            {state.summary.relations} relations ({state.summary.durationMs} ms).
          </p>
          {state.summary.top.length > 0 && (
            <p>
              See:{" "}
              {state.summary.top.map((e, i) => (
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
  );
}

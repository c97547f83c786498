"use client";
// Paste an article or pick a .txt file, send it through the pipeline, and link to what landed in the graph.
import { useTranslations } from "next-intl";
import { EntityName } from "@/app/_components/shared/entity-name";
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

// The shape of a web address: the same in every language.
const URL_EXAMPLE = "https://…";

export function AddArticleForm() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [lang, setLang] = useState("");
  const [source, setSource] = useState("");
  const change = useChange();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const sending = change.state.kind === "pending";
  const t = useTranslations("add");

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
      setFileError(t("notUtf8Retry", { file: file.name }));
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
          {t("text")}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} dir={rtl ? "rtl" : "ltr"} lang={rtl ? "ar" : "en"} required placeholder={t("textPlaceholder")} />
        </label>
        <div className="row">
          <label>
            {t("file")}
            <input type="file" accept=".txt,text/plain" onChange={(e) => pickFile(e.target.files?.[0])} />
          </label>
          <label>
            {t("title")}
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} dir="auto" />
          </label>
          <label>
            {t("language")}
            <select value={lang} onChange={(e) => setLang(e.target.value)}>
              <option value="">{t("detect")}</option>
              <option value="ar">{t("arabic")}</option>
              <option value="en">{t("english")}</option>
            </select>
          </label>
          <label>
            {t("source")}
            <input value={source} onChange={(e) => setSource(e.target.value)} type="url" placeholder={URL_EXAMPLE} dir="ltr" />
          </label>
        </div>
        <button type="submit" disabled={sending || text.trim().length === 0}>
          {sending ? t("adding") : t("submit")}
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
              {t.rich("result", {
                title: () => (
                  <strong dir="auto" lang={/[\u0600-\u06FF]/.test(summary.title) ? "ar" : "en"}>
                    {summary.title}
                  </strong>
                ),
                sentences: summary.sentences,
                mentions: summary.mentions,
                entities: summary.entities,
                relations: summary.relations,
                ms: summary.durationMs,
              })}
            </p>
            {summary.top.length > 0 && (
              <p>
                {t("see")}{" "}
                {summary.top.map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && " · "}
                    <Link href={`/?entity=${e.id}`}>
                      <EntityName name={e.name} nameAr={(e as { nameAr?: string }).nameAr} />
                    </Link>
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

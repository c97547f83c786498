"use client";
// What a person can do with one document: run the pipeline on it again, replace it with a new version of its text, delete it.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DocumentSummary } from "@/lib/graph/document-reads";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { ConfirmDialog } from "@/app/_components/shared/confirm-dialog";
import { useChange } from "@/app/_components/api/use-change";

type Mode = null | "delete" | "replace";

export function DocumentActions({ doc }: { doc: DocumentSummary }) {
  const router = useRouter();
  const change = useChange();
  const [mode, setMode] = useState<Mode>(null);
  const [note, setNote] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [reason, setReason] = useState("");
  const busy = change.state.kind === "pending";
  const t = useTranslations("documents");
  const tAdd = useTranslations("add");

  function close() {
    change.reset();
    setMode(null);
  }

  function open(next: Mode) {
    change.reset();
    setNote(null);
    setMode(next);
  }

  async function reingest() {
    setNote(null);
    const done = await change.send<{ sentences: number; mentions: number; relations: number; durationMs: number }>(`/api/documents/${doc.id}/reingest`, "POST");
    if (done) {
      const { sentences, mentions, relations, durationMs } = done.data;
      setNote(t("readAgain", { sentences, mentions, relations, ms: durationMs }));
      router.refresh();
    }
  }

  async function remove() {
    const done = await change.send(`/api/documents/${doc.id}`, "DELETE", reason.trim() ? { reason: reason.trim() } : undefined);
    if (done) {
      setMode(null);
      router.refresh();
    }
  }

  async function replace() {
    const done = await change.send<{ documentId: string }>(`/api/documents/${doc.id}`, "PUT", { text, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    if (done) {
      setMode(null);
      setText("");
      router.refresh();
    }
  }

  async function pickFile(file: File | undefined) {
    if (!file) return;
    try {
      setText(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()));
    } catch {
      setNote(tAdd("notUtf8", { file: file.name }));
    }
  }

  const rtl = /[\u0600-\u06FF]/.test(text.slice(0, 200));
  return (
    <div className="document-actions">
      <button type="button" onClick={reingest} disabled={busy} aria-label={t("reingestLabel", { title: doc.title })}>
        {t("reingest")}
      </button>
      <button type="button" onClick={() => open("replace")} disabled={busy} aria-label={t("replaceLabel", { title: doc.title })}>
        {t("replace")}
      </button>
      <button type="button" className="danger" onClick={() => open("delete")} disabled={busy} aria-label={t("deleteLabel", { title: doc.title })}>
        {t("delete")}
      </button>
      {note && <p className="meta">{note}</p>}
      {mode === null && <ChangeStatus change={change} />}
      <ConfirmDialog open={mode === "delete"} title={t("deleteTitle")} confirmLabel={t("deleteConfirm")} danger pending={busy} onConfirm={remove} onCancel={() => close()}>
        <p dir="auto" lang={doc.lang}>
          <strong>{doc.title || doc.id}</strong>
        </p>
        <p>
          {t("deleteBody", { sentences: doc.sentences, mentions: doc.mentions })}
        </p>
        <label className="dialog-field">
          {t("reason")}
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ChangeStatus change={change} />
      </ConfirmDialog>
      <ConfirmDialog open={mode === "replace"} title={t("replaceTitle")} confirmLabel={t("replaceConfirm")} pending={busy} onConfirm={replace} onCancel={() => close()}>
        <p>
          {t.rich("replaceBody", {
            title: () => (
              <strong dir="auto" lang={doc.lang}>
                {doc.title || doc.id}
              </strong>
            ),
          })}
        </p>
        <label className="dialog-field">
          {t("newText")}
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={10} dir={rtl ? "rtl" : "ltr"} lang={rtl ? "ar" : "en"} aria-label={t("newText")} />
        </label>
        <label className="dialog-field">
          {t("file")}
          <input type="file" accept=".txt,text/plain" onChange={(e) => pickFile(e.target.files?.[0])} />
        </label>
        <label className="dialog-field">
          {t("reason")}
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <ChangeStatus change={change} />
      </ConfirmDialog>
    </div>
  );
}

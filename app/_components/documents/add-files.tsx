"use client";
// Several article files at once (picked or dropped): one JSON request per file, in turn, each with its own progress and result.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef, useState } from "react";
import { request, toRequestError } from "@/app/_components/api/request";
import { CHANGED_EVENT, useChange } from "@/app/_components/api/use-change";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { ErrorText } from "@/app/_components/shared/error-text";
import { richTags } from "@/app/_components/shared/rich-text";
import { ArticleError, parseArticleFile } from "@/lib/documents/article-file";

interface Summary {
  documentId: string;
  title: string;
  sentences: number;
  entities: number;
  relations: number;
}

type FileState =
  | { kind: "waiting" }
  | { kind: "sending" }
  | { kind: "added"; summary: Summary }
  | { kind: "failed"; code: string; message: string; notUtf8?: boolean };

interface Row {
  key: string;
  name: string;
  state: FileState;
}

const ACCEPT = ".txt,.md,.markdown,text/plain,text/markdown";
const FILE_TYPES = ".txt, .md";

export function AddFiles() {
  const t = useTranslations("addFiles");
  const change = useChange();
  const [rows, setRows] = useState<Row[]>([]);
  const [dragging, setDragging] = useState(false);
  const busy = useRef(false);
  const sending = rows.some((r) => r.state.kind === "waiting" || r.state.kind === "sending");

  const update = (key: string, state: FileState) => setRows((all) => all.map((r) => (r.key === key ? { ...r, state } : r)));

  async function send(body: Record<string, string>): Promise<FileState> {
    try {
      const summary = await request<Summary>("/api/documents", { method: "POST", body });
      window.dispatchEvent(new Event(CHANGED_EVENT));
      return { kind: "added", summary };
    } catch (err) {
      const error = toRequestError(err);
      // The server wants the admin token: the shared prompt asks once, then this file goes again (and the rest with it).
      if (error.status === 401) {
        const done = await change.send<Summary>("/api/documents", "POST", body);
        if (done) return { kind: "added", summary: done.data };
      }
      return { kind: "failed", code: error.code, message: error.message };
    }
  }

  async function addFiles(list: FileList | File[] | null | undefined) {
    const files = [...(list ?? [])];
    if (!files.length || busy.current) return;
    busy.current = true;
    const stamp = Date.now();
    const added: Row[] = files.map((f, i) => ({ key: `${stamp}-${i}`, name: f.name, state: { kind: "waiting" } }));
    setRows((all) => [...added, ...all]);
    try {
      for (const [i, file] of files.entries()) {
        const key = added[i]!.key;
        update(key, { kind: "sending" });
        let body: Record<string, string>;
        try {
          // The same reading as the seed CLI: strict UTF-8, front matter (title, lang, source, publishedAt, outlet).
          const record = parseArticleFile(new Uint8Array(await file.arrayBuffer()), { markdown: /\.(md|markdown)$/i.test(file.name) });
          body = { ...record, title: record.title ?? file.name.replace(/\.(txt|md|markdown)$/i, "") };
        } catch (err) {
          const notUtf8 = err instanceof ArticleError && /UTF-8/.test(err.message);
          update(key, { kind: "failed", code: "unprocessable", message: err instanceof Error ? err.message : String(err), notUtf8 });
          continue;
        }
        update(key, await send(body));
      }
    } finally {
      busy.current = false;
    }
  }

  const added = rows.filter((r) => r.state.kind === "added").length;
  const failed = rows.filter((r) => r.state.kind === "failed").length;
  return (
    <section className="add-files" aria-labelledby="add-files-heading">
      <h2 id="add-files-heading">{t("heading")}</h2>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFiles(e.dataTransfer.files);
        }}
      >
        <label>
          <span>{t.rich("pick", { ...richTags, types: FILE_TYPES })}</span>
          <input type="file" multiple accept={ACCEPT} disabled={sending} data-testid="add-files-input" onChange={(e) => void addFiles(e.target.files).then(() => (e.target.value = ""))} />
        </label>
        <p className="hint">{t("hint")}</p>
      </div>
      {rows.length > 0 && (
        <>
          <p role="status" className="add-files-summary">
            {sending ? t("progress", { done: added + failed, total: rows.length }) : t("summary", { added, failed })}
          </p>
          <ul className="add-files-list" aria-label={t("listLabel")}>
            {rows.map((r) => (
              <li key={r.key} data-testid="file-result" data-state={r.state.kind}>
                <span className="file-name" dir="auto">
                  {r.name}
                </span>{" "}
                <FileResult state={r.state} name={r.name} />
              </li>
            ))}
          </ul>
        </>
      )}
      {change.state.kind === "token" && <ChangeStatus change={change} />}
    </section>
  );
}

function FileResult({ state, name }: { state: FileState; name: string }) {
  const t = useTranslations("addFiles");
  switch (state.kind) {
    case "waiting":
      return <span className="state">{t("waiting")}</span>;
    case "sending":
      return (
        <span className="state">
          <progress aria-label={t("sendingLabel", { file: name })} /> {t("sending")}
        </span>
      );
    case "added":
      return (
        <span className="state ok">
          {t.rich("added", {
            title: () => (
              <Link href={`/?doc=${encodeURIComponent(state.summary.documentId)}`} dir="auto">
                {state.summary.title}
              </Link>
            ),
            sentences: state.summary.sentences,
            entities: state.summary.entities,
            relations: state.summary.relations,
          })}
        </span>
      );
    case "failed":
      return (
        <span className="state form-error" role="alert">
          {t("failed")} {state.notUtf8 ? t("notUtf8") : <ErrorText code={state.code} message={state.message} />}
        </span>
      );
  }
}

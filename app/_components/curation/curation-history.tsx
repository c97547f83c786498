"use client";
// The corrections recorded about an entity or relation (or the latest of all), newest first, each with Undo.
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { CurationRecord } from "@/lib/curation/types";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { ConfirmDialog } from "@/app/_components/shared/confirm-dialog";
import { useApi } from "@/app/_components/api/use-api";
import { CHANGED_EVENT, useChange } from "@/app/_components/api/use-change";


export function CurationHistory({ target, limit, reloadKey, onUndone, title }: { target?: string; limit?: number; reloadKey: number; onUndone: (record: CurationRecord) => void; title?: string }) {
  const t = useTranslations("curationHistory");
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const url = target ? `/api/curation?target=${encodeURIComponent(target)}` : `/api/curation?limit=${limit ?? 20}`;
  // Any change made elsewhere on the page (a deleted document, a merge) shows up here too.
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const bump = () => setChanges((n) => n + 1);
    window.addEventListener(CHANGED_EVENT, bump);
    return () => window.removeEventListener(CHANGED_EVENT, bump);
  }, []);
  const state = useApi<{ records: CurationRecord[] }>(url, reloadKey + changes);
  const change = useChange();
  const [asking, setAsking] = useState<CurationRecord | null>(null);

  async function undo(record: CurationRecord) {
    const done = await change.send<CurationRecord>(`/api/curation/${record.id}/undo`, "POST");
    setAsking(null);
    if (done) onUndone(done.data);
  }

  if (state.kind !== "ready" || state.data.records.length === 0) return null;
  return (
    <section className="curation-history" data-testid="curation-history">
      <h3>{title ?? t("history")}</h3>
      <ol>
        {state.data.records.map((r) => (
          <li key={r.id} className={r.undoneAt ? "undone" : ""} data-testid="curation-record">
            <span className="summary" dir="auto" lang="en">
              {r.summary}
            </span>
            {r.reason && r.kind !== "reject" && (
              <span className="reason" dir="auto" lang={/[\u0600-\u06FF]/.test(r.reason) ? "ar" : "en"}>
                “{r.reason}”
              </span>
            )}
            <span className="when">
              #{r.id} · {when(r.createdAt)}
              {r.undoneAt ? t("undone", { when: when(r.undoneAt) }) : ""}
            </span>
            {!r.undoneAt && (
              <button type="button" onClick={() => setAsking(r)} disabled={change.state.kind === "pending"} aria-label={t("undoLabel", { id: r.id, summary: r.summary })}>
                {t("undo")}
              </button>
            )}
          </li>
        ))}
      </ol>
      <ChangeStatus change={change} />
      <ConfirmDialog
        open={asking !== null}
        title={t("undoTitle")}
        confirmLabel={t("undo")}
        pending={change.state.kind === "pending"}
        onConfirm={() => asking && undo(asking)}
        onCancel={() => {
          change.reset();
          setAsking(null);
        }}
      >
        <p dir="auto" lang="en">
          {asking?.summary}
        </p>
        <p className="meta">{t("undoBody")}</p>
        {change.state.kind === "token" && <ChangeStatus change={change} />}
      </ConfirmDialog>
    </section>
  );
}

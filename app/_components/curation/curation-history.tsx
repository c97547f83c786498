"use client";
// The corrections recorded about an entity or relation (or the latest of all), newest first, each with Undo.
import { useEffect, useState } from "react";
import type { CurationRecord } from "@/lib/curation/types";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { ConfirmDialog } from "@/app/_components/shared/confirm-dialog";
import { useApi } from "@/app/_components/api/use-api";
import { CHANGED_EVENT, useChange } from "@/app/_components/api/use-change";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function CurationHistory({ target, limit, reloadKey, onUndone, title = "History" }: { target?: string; limit?: number; reloadKey: number; onUndone: (record: CurationRecord) => void; title?: string }) {
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
      <h3>{title}</h3>
      <ol>
        {state.data.records.map((r) => (
          <li key={r.id} className={r.undoneAt ? "undone" : ""} data-testid="curation-record">
            <span className="summary" dir="auto">
              {r.summary}
            </span>
            {r.reason && r.kind !== "reject" && (
              <span className="reason" dir="auto">
                “{r.reason}”
              </span>
            )}
            <span className="when">
              #{r.id} · {when(r.createdAt)}
              {r.undoneAt ? ` · undone ${when(r.undoneAt)}` : ""}
            </span>
            {!r.undoneAt && (
              <button type="button" onClick={() => setAsking(r)} disabled={change.state.kind === "pending"} aria-label={`Undo #${r.id}: ${r.summary}`}>
                Undo
              </button>
            )}
          </li>
        ))}
      </ol>
      <ChangeStatus change={change} />
      <ConfirmDialog
        open={asking !== null}
        title="Undo this correction?"
        confirmLabel="Undo"
        pending={change.state.kind === "pending"}
        onConfirm={() => asking && undo(asking)}
        onCancel={() => {
          change.reset();
          setAsking(null);
        }}
      >
        <p dir="auto">{asking?.summary}</p>
        <p className="meta">The documents it touched are read again and every other correction is applied again, as if it had never been made.</p>
        {change.state.kind === "token" && <ChangeStatus change={change} />}
      </ConfirmDialog>
    </section>
  );
}

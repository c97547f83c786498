"use client";
// Curating one relation from its panel: confirm it (curated, confidence 1) or reject it with a reason; history with undo.
import { useState } from "react";
import type { RelationDetails } from "@/lib/types";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { CurationHistory } from "./curation-history";
import type { CuratedSelection } from "./entity-curation";
import { useChange } from "@/app/_components/api/use-change";

export function RelationCuration({ relation, reloadKey, onChanged }: { relation: RelationDetails; reloadKey: number; onChanged: (next?: CuratedSelection) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const change = useChange();
  const status = relation.curation?.status;

  async function send(kind: "confirm" | "reject") {
    const body = kind === "reject" ? { kind, relation: relation.id, reason: reason.trim() } : { kind, relation: relation.id };
    if (await change.send("/api/curation", "POST", body)) {
      setRejecting(false);
      setReason("");
      onChanged();
    }
  }

  return (
    <section className="curation" aria-label="Curate this relation" data-testid="relation-curation">
      {status === "rejected" && (
        <p className="verdict rejected" data-testid="verdict">
          Rejected{relation.curation?.reason ? `: ${relation.curation.reason}` : ""} — hidden from the graph unless rejected relations are shown.
        </p>
      )}
      {status === "confirmed" && (
        <p className="verdict confirmed" data-testid="verdict">
          Confirmed by a person (confidence 100%).
        </p>
      )}
      <div className="curation-actions">
        {status !== "confirmed" && (
          <button type="button" onClick={() => send("confirm")} disabled={change.state.kind === "pending"}>
            Confirm
          </button>
        )}
        {status !== "rejected" && (
          <button type="button" aria-pressed={rejecting} onClick={() => setRejecting(!rejecting)}>
            Reject…
          </button>
        )}
      </div>
      {rejecting && (
        <form
          className="curation-form"
          aria-label="Reject the relation"
          onSubmit={(e) => {
            e.preventDefault();
            void send("reject");
          }}
        >
          <label>
            Why is it wrong?
            <input value={reason} onChange={(e) => setReason(e.target.value)} required placeholder="e.g. the sentence says the opposite" />
          </label>
          <button type="submit" className="danger" disabled={!reason.trim() || change.state.kind === "pending"}>
            Reject
          </button>
        </form>
      )}
      <ChangeStatus change={change} />
      <CurationHistory target={relation.id} reloadKey={reloadKey} onUndone={() => onChanged()} />
    </section>
  );
}

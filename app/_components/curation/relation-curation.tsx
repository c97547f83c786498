"use client";
// Curating one relation from its panel: confirm it (curated, confidence 1) or reject it with a reason; fix it in place
// (reverse its direction, change its type, give one end to another entity); the history of corrections with undo.
import { useState } from "react";
import type { RelationDetails } from "@/lib/types";
import type { CurationRecord } from "@/lib/curation/types";
import { ADDABLE_RELATION_TYPES, SYMMETRIC_TYPES } from "@/lib/graph/model";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { EntityInput } from "@/app/_components/shared/entity-input";
import { CurationHistory } from "./curation-history";
import type { CuratedSelection } from "./entity-curation";
import { useChange } from "@/app/_components/api/use-change";

type Mode = null | "reject" | "reverse" | "retype" | "move-end";

export function RelationCuration({ relation, reloadKey, onChanged }: { relation: RelationDetails; reloadKey: number; onChanged: (next?: CuratedSelection) => void }) {
  const [mode, setMode] = useState<Mode>(null);
  const [reason, setReason] = useState("");
  const [type, setType] = useState(() => ADDABLE_RELATION_TYPES.find((t) => t !== relation.type) ?? "SUPPORTS");
  const [end, setEnd] = useState<"source" | "target">("target");
  const [to, setTo] = useState("");
  const change = useChange();
  const status = relation.curation?.status;
  const pending = change.state.kind === "pending";
  // A co-mention follows the mentions; an undirected type has no direction to turn.
  const editable = relation.type !== "CO_MENTIONED";
  const directed = editable && !SYMMETRIC_TYPES.has(relation.type);

  async function send(body: Record<string, unknown>) {
    const trimmed = reason.trim();
    const done = await change.send<CurationRecord>("/api/curation", "POST", { ...body, ...(trimmed ? { reason: trimmed } : {}) });
    if (!done) return;
    setMode(null);
    setReason("");
    // A change of direction, type or end gives the relation a new id: the selection follows it.
    onChanged(done.data.target !== relation.id ? { kind: "relation", id: done.data.target } : undefined);
  }

  const toggle = (m: Exclude<Mode, null>) => {
    change.reset();
    setMode(mode === m ? null : m);
  };

  const reasonField = (required: boolean, placeholder: string) => (
    <label>
      {required ? "Why is it wrong?" : "Reason"}
      <input value={reason} onChange={(e) => setReason(e.target.value)} required={required} placeholder={placeholder} />
    </label>
  );

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
          <button type="button" onClick={() => send({ kind: "confirm", relation: relation.id })} disabled={pending}>
            Confirm
          </button>
        )}
        {status !== "rejected" && (
          <button type="button" aria-pressed={mode === "reject"} onClick={() => toggle("reject")}>
            Reject…
          </button>
        )}
        {directed && (
          <button type="button" aria-pressed={mode === "reverse"} onClick={() => toggle("reverse")}>
            Reverse…
          </button>
        )}
        {editable && (
          <>
            <button type="button" aria-pressed={mode === "retype"} onClick={() => toggle("retype")}>
              Change type…
            </button>
            <button type="button" aria-pressed={mode === "move-end"} onClick={() => toggle("move-end")}>
              Move an end…
            </button>
          </>
        )}
      </div>
      {mode === "reject" && (
        <form
          className="curation-form"
          aria-label="Reject the relation"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "reject", relation: relation.id });
          }}
        >
          {reasonField(true, "e.g. the sentence says the opposite")}
          <button type="submit" className="danger" disabled={!reason.trim() || pending}>
            Reject
          </button>
        </form>
      )}
      {mode === "reverse" && (
        <form
          className="curation-form"
          aria-label="Reverse the relation"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "reverse", relation: relation.id });
          }}
        >
          <p className="meta" dir="auto">
            {relation.target.name} {relation.type} {relation.source.name}, instead: the evidence and any verdict go with it.
          </p>
          {reasonField(false, "e.g. the text reads the other way round")}
          <button type="submit" disabled={pending}>
            Reverse
          </button>
        </form>
      )}
      {mode === "retype" && (
        <form
          className="curation-form"
          aria-label="Change the relation's type"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "retype", relation: relation.id, type });
          }}
        >
          <label>
            New type
            <select value={type} onChange={(e) => setType(e.target.value)}>
              {ADDABLE_RELATION_TYPES.filter((t) => t !== relation.type).map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          {reasonField(false, "e.g. the sentence is about opposition")}
          <button type="submit" disabled={pending}>
            Change the type
          </button>
        </form>
      )}
      {mode === "move-end" && (
        <form
          className="curation-form"
          aria-label="Move an end of the relation"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "move-end", relation: relation.id, end, to: to.trim() });
          }}
        >
          <div className="row">
            <label>
              Which end
              <select value={end} onChange={(e) => setEnd(e.target.value as "source" | "target")}>
                <option value="source">{relation.source.name} (from)</option>
                <option value="target">{relation.target.name} (to)</option>
              </select>
            </label>
            <label>
              Give it to
              <EntityInput value={to} onChange={setTo} required />
            </label>
          </div>
          {reasonField(false, "e.g. the visit was the minister's, not the president's")}
          <button type="submit" disabled={!to.trim() || pending}>
            Move
          </button>
        </form>
      )}
      <ChangeStatus change={change} />
      <CurationHistory
        target={relation.id}
        reloadKey={reloadKey}
        onUndone={(record) => {
          // Undoing a change of direction, type or end brings the relation back under its old id.
          const p = record.payload;
          onChanged(p.kind === "reverse" || p.kind === "retype" || p.kind === "move-end" ? (p.to.id === relation.id ? { kind: "relation", id: p.from.id } : undefined) : undefined);
        }}
      />
    </section>
  );
}

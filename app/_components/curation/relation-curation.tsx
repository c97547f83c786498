"use client";
// Curating one relation from its panel: confirm it (curated, confidence 1) or reject it with a reason; fix it in place
// (reverse its direction, change its type, give one end to another entity); the history of corrections with undo.
import { useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";
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
  const t = useTranslations("relationCuration");
  const wording = useRelationWording();
  const locale = useInterfaceLocale();
  const sourceName = displayName(locale, relation.source.name, relation.source.nameAr).text;
  const targetName = displayName(locale, relation.target.name, relation.target.nameAr).text;
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
      {required ? t("whyWrong") : t("reason")}
      <input value={reason} onChange={(e) => setReason(e.target.value)} required={required} placeholder={placeholder} dir="auto" />
    </label>
  );

  return (
    <section className="curation" aria-label={t("label")} data-testid="relation-curation">
      {status === "rejected" && (
        <p className="verdict rejected" data-testid="verdict">
          {t("rejected", { reason: relation.curation?.reason ? t("rejectedReason", { reason: relation.curation.reason }) : "" })}
        </p>
      )}
      {status === "confirmed" && (
        <p className="verdict confirmed" data-testid="verdict">
          {t("confirmed")}
        </p>
      )}
      <div className="curation-actions">
        {status !== "confirmed" && (
          <button type="button" onClick={() => send({ kind: "confirm", relation: relation.id })} disabled={pending}>
            {t("confirm")}
          </button>
        )}
        {status !== "rejected" && (
          <button type="button" aria-pressed={mode === "reject"} onClick={() => toggle("reject")}>
            {t("rejectButton")}
          </button>
        )}
        {directed && (
          <button type="button" aria-pressed={mode === "reverse"} onClick={() => toggle("reverse")}>
            {t("reverseButton")}
          </button>
        )}
        {editable && (
          <>
            <button type="button" aria-pressed={mode === "retype"} onClick={() => toggle("retype")}>
              {t("retypeButton")}
            </button>
            <button type="button" aria-pressed={mode === "move-end"} onClick={() => toggle("move-end")}>
              {t("moveButton")}
            </button>
          </>
        )}
      </div>
      {mode === "reject" && (
        <form
          className="curation-form"
          aria-label={t("rejectLabel")}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "reject", relation: relation.id });
          }}
        >
          {reasonField(true, t("rejectPlaceholder"))}
          <button type="submit" className="danger" disabled={!reason.trim() || pending}>
            {t("reject")}
          </button>
        </form>
      )}
      {mode === "reverse" && (
        <form
          className="curation-form"
          aria-label={t("reverseLabel")}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "reverse", relation: relation.id });
          }}
        >
          <p className="meta">
            {t.rich("reverseHelp", { target: () => <bdi>{targetName}</bdi>, source: () => <bdi>{sourceName}</bdi>, type: wording.typeName(relation.type) })}
          </p>
          {reasonField(false, t("reversePlaceholder"))}
          <button type="submit" disabled={pending}>
            {t("reverse")}
          </button>
        </form>
      )}
      {mode === "retype" && (
        <form
          className="curation-form"
          aria-label={t("retypeLabel")}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "retype", relation: relation.id, type });
          }}
        >
          <label>
            {t("newType")}
            <select value={type} onChange={(e) => setType(e.target.value)}>
              {ADDABLE_RELATION_TYPES.filter((other) => other !== relation.type).map((other) => (
                <option key={other} value={other}>
                  {wording.typeName(other)}
                </option>
              ))}
            </select>
          </label>
          {reasonField(false, t("retypePlaceholder"))}
          <button type="submit" disabled={pending}>
            {t("retype")}
          </button>
        </form>
      )}
      {mode === "move-end" && (
        <form
          className="curation-form"
          aria-label={t("moveLabel")}
          onSubmit={(e) => {
            e.preventDefault();
            void send({ kind: "move-end", relation: relation.id, end, to: to.trim() });
          }}
        >
          <div className="row">
            <label>
              {t("whichEnd")}
              <select value={end} onChange={(e) => setEnd(e.target.value as "source" | "target")}>
                <option value="source">{t("fromEnd", { name: sourceName })}</option>
                <option value="target">{t("toEnd", { name: targetName })}</option>
              </select>
            </label>
            <label>
              {t("giveTo")}
              <EntityInput value={to} onChange={setTo} required />
            </label>
          </div>
          {reasonField(false, t("movePlaceholder"))}
          <button type="submit" disabled={!to.trim() || pending}>
            {t("move")}
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

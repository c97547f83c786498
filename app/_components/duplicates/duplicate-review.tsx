"use client";
// The duplicate review's list: each suggested pair with its evidence, merged (a correction, undoable here) or dismissed.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useChange } from "@/app/_components/api/use-change";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { EntityName } from "@/app/_components/shared/entity-name";
import type { DuplicateSuggestion } from "@/lib/duplicates/suggest";

type Outcome = { kind: "open" } | { kind: "merged"; record: number } | { kind: "dismissed" } | { kind: "undone" };

export function DuplicateReview({ suggestions }: { suggestions: DuplicateSuggestion[] }) {
  const t = useTranslations("duplicates");
  if (!suggestions.length) return <p className="state">{t("none")}</p>;
  return (
    <ol className="duplicate-list" data-testid="duplicates">
      {suggestions.map((s) => (
        <DuplicatePair key={`${s.into.id}|${s.source.id}`} suggestion={s} />
      ))}
    </ol>
  );
}

function DuplicatePair({ suggestion: s }: { suggestion: DuplicateSuggestion }) {
  const t = useTranslations("duplicates");
  const format = useFormatter();
  const change = useChange();
  const [outcome, setOutcome] = useState<Outcome>({ kind: "open" });
  const accept = async () => {
    const done = await change.send<{ id: number }>("/api/entities/duplicates/accept", "POST", { into: s.into.id, source: s.source.id });
    if (done) setOutcome({ kind: "merged", record: done.data.id });
  };
  const dismiss = async () => {
    if (await change.send("/api/entities/duplicates/dismiss", "POST", { a: s.into.id, b: s.source.id })) setOutcome({ kind: "dismissed" });
  };
  const undo = async () => {
    if (outcome.kind === "merged" && (await change.send(`/api/curation/${outcome.record}/undo`, "POST"))) setOutcome({ kind: "undone" });
  };
  const entity = (e: DuplicateSuggestion["into"], role: string) => (
    <div className="duplicate-entity">
      <span className="meta">{role}</span>{" "}
      <a href={`/?entity=${encodeURIComponent(e.id)}&focus=${encodeURIComponent(e.id)}`}>
        <EntityName name={e.name} nameAr={e.nameAr} />
      </a>{" "}
      <span className="meta">{t("relations", { count: e.degree })}</span>
    </div>
  );
  return (
    <li className="duplicate-pair" data-testid="duplicate-pair" data-pair={[s.into.id, s.source.id].sort().join("|")} data-outcome={outcome.kind}>
      <div className="duplicate-ends">
        {entity(s.into, t("keep"))}
        {entity(s.source, t("mergeIn"))}
        <span className="score">{t("score", { score: format.number(s.score, { maximumFractionDigits: 2 }) })}</span>
      </div>
      <ul className="duplicate-evidence">
        {s.evidence.map((e) => (
          <li key={e.reason} data-reason={e.reason}>
            <strong>{t(`reason_${e.reason}`)}</strong>{" "}
            <span dir="auto">{e.detail}</span>
          </li>
        ))}
      </ul>
      <div className="duplicate-actions">
        {(outcome.kind === "open" || outcome.kind === "undone") && (
          <>
            <button type="button" onClick={accept} disabled={change.state.kind === "pending"}>
              {t("accept")}
            </button>{" "}
            <button type="button" onClick={dismiss} disabled={change.state.kind === "pending"}>
              {t("dismiss")}
            </button>
          </>
        )}
        {outcome.kind === "merged" && (
          <>
            <span role="status">{t("merged", { name: s.into.name })}</span>{" "}
            <button type="button" onClick={undo} disabled={change.state.kind === "pending"}>
              {t("undo")}
            </button>
          </>
        )}
        {outcome.kind === "dismissed" && <span role="status">{t("dismissed")}</span>}
        {outcome.kind === "undone" && <span role="status">{t("undone")}</span>}
      </div>
      <ChangeStatus change={change} />
    </li>
  );
}

"use client";
// Curating one entity from its panel: edit its names, type, aliases and Wikidata id; merge it into another; split
// wrongly merged mentions off into a new entity; add a relation the pipeline missed by selecting its evidence in a
// sentence; the history of corrections with undo.
import { useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";
import { useEffect, useMemo, useRef, useState } from "react";
import type { CurationRecord } from "@/lib/curation/types";
import type { EntityDetails } from "@/lib/types";
import { ChangeStatus } from "@/app/_components/shared/change-status";
import { ConfirmDialog } from "@/app/_components/shared/confirm-dialog";
import { CurationHistory } from "./curation-history";
import { EntityTypeSelect } from "./entity-type-select";
import { EntityInput } from "@/app/_components/shared/entity-input";
import { useChange } from "@/app/_components/api/use-change";
import { ADDABLE_RELATION_TYPES } from "@/lib/graph/model";

/** Where a correction leaves the explorer: the same selection, or another one (the entity merged into, a new relation). */
export type CuratedSelection = { kind: "entity" | "relation"; id: string } | null;

// Relation types a person can add (co-mentions are the pipeline's own).

// The shape of a Wikidata id: the same in every language.
const WIKIDATA_EXAMPLE = "Q148";

type Mode = null | "edit" | "merge" | "split" | "relation";

export function EntityCuration({ entity, reloadKey, onChanged }: { entity: EntityDetails; reloadKey: number; onChanged: (next?: CuratedSelection) => void }) {
  const [mode, setMode] = useState<Mode>(null);
  const t = useTranslations("curation");
  const done = (next?: CuratedSelection) => {
    setMode(null);
    onChanged(next);
  };
  return (
    <section className="curation" aria-label={t("label")} data-testid="entity-curation">
      <div className="curation-actions">
        <button type="button" aria-pressed={mode === "edit"} onClick={() => setMode(mode === "edit" ? null : "edit")}>
          {t("edit")}
        </button>
        <button type="button" aria-pressed={mode === "merge"} onClick={() => setMode(mode === "merge" ? null : "merge")}>
          {t("mergeInto")}
        </button>
        {entity.mentions.length > 1 && (
          <button type="button" aria-pressed={mode === "split"} onClick={() => setMode(mode === "split" ? null : "split")}>
            {t("split")}
          </button>
        )}
        <button type="button" aria-pressed={mode === "relation"} onClick={() => setMode(mode === "relation" ? null : "relation")}>
          {t("addRelation")}
        </button>
      </div>
      {mode === "edit" && <EditForm entity={entity} onDone={() => done()} />}
      {mode === "merge" && <MergeForm entity={entity} onDone={(into) => done({ kind: "entity", id: into })} />}
      {mode === "split" && <SplitForm entity={entity} onDone={() => done()} />}
      {mode === "relation" && <AddRelationForm entity={entity} onDone={(id) => done({ kind: "relation", id })} />}
      <CurationHistory target={entity.id} reloadKey={reloadKey} onUndone={() => onChanged()} />
    </section>
  );
}

const splitAliases = (text: string) =>
  text
    .split(/\n|,|·/)
    .map((s) => s.trim())
    .filter(Boolean);

function EditForm({ entity, onDone }: { entity: EntityDetails; onDone: () => void }) {
  const [name, setName] = useState(entity.name);
  const [nameAr, setNameAr] = useState(entity.nameAr ?? "");
  const [type, setType] = useState(entity.type);
  const [aliases, setAliases] = useState(entity.aliases.join("\n"));
  const [wikidata, setWikidata] = useState(entity.wikidata ?? "");
  const [reason, setReason] = useState("");
  const change = useChange();
  const t = useTranslations("curation");

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // Only what changed is sent (and recorded): a later re-seed then re-applies just that.
    const body: Record<string, unknown> = { kind: "edit", entity: entity.id };
    if (name.trim() !== entity.name) body.name = name.trim();
    if (nameAr.trim() !== (entity.nameAr ?? "")) body.nameAr = nameAr.trim() || null;
    if (type !== entity.type) body.type = type;
    if (splitAliases(aliases).join("\n") !== entity.aliases.join("\n")) body.aliases = splitAliases(aliases);
    if (wikidata.trim() !== (entity.wikidata ?? "")) body.wikidata = wikidata.trim() || null;
    if (reason.trim()) body.reason = reason.trim();
    if (await change.send("/api/curation", "POST", body)) onDone();
  }

  return (
    <form className="curation-form" onSubmit={submit} aria-label={t("editLabel")}>
      <label>
        {t("name")}
        <input value={name} onChange={(e) => setName(e.target.value)} required dir="auto" />
      </label>
      <label>
        {t("nameAr")}
        <input value={nameAr} onChange={(e) => setNameAr(e.target.value)} dir="rtl" lang="ar" />
      </label>
      <EntityTypeSelect value={type} onChange={setType} />
      <label>
        {t("aliases")}
        <textarea value={aliases} onChange={(e) => setAliases(e.target.value)} rows={3} dir="auto" />
      </label>
      <label>
        {t("wikidata")}
        <input value={wikidata} onChange={(e) => setWikidata(e.target.value)} placeholder={WIKIDATA_EXAMPLE} pattern="Q[1-9][0-9]*" dir="ltr" />
      </label>
      <label>
        {t("reasonOptional")}
        <input value={reason} onChange={(e) => setReason(e.target.value)} dir="auto" />
      </label>
      <button type="submit" disabled={change.state.kind === "pending"}>
        {t("save")}
      </button>
      <ChangeStatus change={change} />
    </form>
  );
}

function MergeForm({ entity, onDone }: { entity: EntityDetails; onDone: (into: string) => void }) {
  const [into, setInto] = useState("");
  const [reason, setReason] = useState("");
  const [asking, setAsking] = useState(false);
  const change = useChange();
  const t = useTranslations("curation");
  const locale = useInterfaceLocale();
  const shownName = displayName(locale, entity.name, entity.nameAr);
  const nameTag = () => <bdi lang={shownName.lang === locale ? undefined : shownName.lang}>{shownName.text}</bdi>;

  async function merge() {
    const body = { kind: "merge", source: entity.id, into: into.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const done = await change.send<CurationRecord>("/api/curation", "POST", body);
    setAsking(false);
    if (done) onDone(done.data.target);
  }

  return (
    <form
      className="curation-form"
      aria-label={t("mergeLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        change.reset();
        setAsking(true);
      }}
    >
      <p className="meta">{t.rich("mergeHelp", { name: nameTag })}</p>
      <label>
        {t("mergeIntoField")}
        <EntityInput value={into} onChange={setInto} required />
      </label>
      <label>
        {t("reasonOptional")}
        <input value={reason} onChange={(e) => setReason(e.target.value)} dir="auto" />
      </label>
      <button type="submit" disabled={!into.trim() || into.trim() === entity.id}>
        {t("mergeButton")}
      </button>
      <ChangeStatus change={change} />
      <ConfirmDialog
        open={asking}
        title={t("mergeTitle")}
        confirmLabel={t("mergeConfirm")}
        pending={change.state.kind === "pending"}
        onConfirm={merge}
        onCancel={() => {
          change.reset();
          setAsking(false);
        }}
      >
        <p>
          {t.rich("mergeBody", {
            name: () => <strong>{nameTag()}</strong>,
            id: () => (
              <span lang="en" dir="ltr">
                {entity.id}
              </span>
            ),
            into: () => (
              <strong lang="en" dir="ltr">
                {into}
              </strong>
            ),
            mentions: entity.mentions.length,
            relations: entity.degree,
          })}
        </p>
        {change.state.kind === "token" && <ChangeStatus change={change} />}
      </ConfirmDialog>
    </form>
  );
}

const mentionKey = (m: EntityDetails["mentions"][number]) => `${m.sentence.id ?? `${m.document.id}:s${m.sentence.index}`}:${m.start}-${m.end}`;

function SplitForm({ entity, onDone }: { entity: EntityDetails; onDone: () => void }) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [name, setName] = useState("");
  const [nameAr, setNameAr] = useState("");
  const [type, setType] = useState(entity.type);
  const [reason, setReason] = useState("");
  const change = useChange();
  const all = chosen.size === entity.mentions.length;
  const t = useTranslations("curation");
  const locale = useInterfaceLocale();
  const shownName = displayName(locale, entity.name, entity.nameAr);
  const nameTag = () => <bdi lang={shownName.lang === locale ? undefined : shownName.lang}>{shownName.text}</bdi>;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const mentions = entity.mentions.filter((m) => chosen.has(mentionKey(m))).map((m) => ({ sentence: m.sentence.id ?? `${m.document.id}:s${m.sentence.index}`, start: m.start, end: m.end }));
    const body = { kind: "split", entity: entity.id, mentions, name: name.trim(), ...(nameAr.trim() ? { nameAr: nameAr.trim() } : {}), type, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    if (await change.send("/api/curation", "POST", body)) onDone();
  }

  return (
    <form className="curation-form" onSubmit={submit} aria-label={t("splitLabel")}>
      <p className="meta">{t.rich("splitHelp", { name: nameTag })}</p>
      <ul className="split-mentions">
        {entity.mentions.map((m) => {
          const key = mentionKey(m);
          const from = m.start - m.sentence.start;
          const to = m.end - m.sentence.start;
          return (
            <li key={key}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(key)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(key);
                    else next.delete(key);
                    setChosen(next);
                  }}
                  aria-label={t("moveMention", { surface: m.surface, number: m.sentence.index + 1 })}
                />
                <span className="sentence" lang={m.document.lang} dir={m.document.lang === "ar" ? "rtl" : "ltr"}>
                  {m.sentence.text.slice(0, from)}
                  <mark>{m.sentence.text.slice(from, to)}</mark>
                  {m.sentence.text.slice(to)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <div className="row">
        <label>
          {t("newName")}
          <input value={name} onChange={(e) => setName(e.target.value)} required dir="auto" />
        </label>
        <label>
          {t("nameAr")}
          <input value={nameAr} onChange={(e) => setNameAr(e.target.value)} dir="rtl" lang="ar" />
        </label>
      </div>
      <EntityTypeSelect value={type} onChange={setType} />
      <label>
        {t("reason")}
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("splitReasonPlaceholder")} dir="auto" />
      </label>
      {all && <p className="meta">{t.rich("leaveOne", { name: nameTag })}</p>}
      <button type="submit" disabled={chosen.size === 0 || all || !name.trim() || change.state.kind === "pending"}>
        {t("splitButton", { count: chosen.size })}
      </button>
      <ChangeStatus change={change} />
    </form>
  );
}

interface Span {
  sentence: string;
  start: number; // document offsets
  end: number;
  text: string;
}

function AddRelationForm({ entity, onDone }: { entity: EntityDetails; onDone: (relationId: string) => void }) {
  const [type, setType] = useState("SUPPORTS");
  const [outgoing, setOutgoing] = useState(true);
  const [other, setOther] = useState("");
  const [modality, setModality] = useState("fact");
  const [span, setSpan] = useState<Span | null>(null);
  const change = useChange();
  const sentencesRef = useRef<HTMLOListElement>(null);
  const t = useTranslations("curation");
  const wording = useRelationWording();
  const locale = useInterfaceLocale();
  const shownName = displayName(locale, entity.name, entity.nameAr);

  // The entity's sentences, once each.
  const sentences = useMemo(() => {
    const seen = new Map<string, EntityDetails["mentions"][number]>();
    for (const m of entity.mentions) {
      const key = m.sentence.id ?? `${m.document.id}:s${m.sentence.index}`;
      if (!seen.has(key)) seen.set(key, m);
    }
    return [...seen.entries()];
  }, [entity.mentions]);

  // What the reader selects inside one sentence becomes the evidence span, in document offsets.
  useEffect(() => {
    const onSelect = () => {
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return;
      const range = sel.getRangeAt(0);
      const p = (range.commonAncestorContainer.nodeType === Node.TEXT_NODE ? range.commonAncestorContainer.parentElement : (range.commonAncestorContainer as Element))?.closest<HTMLElement>("[data-sentence-id]");
      if (!p || !sentencesRef.current?.contains(p)) return;
      const before = document.createRange();
      before.setStart(p, 0);
      before.setEnd(range.startContainer, range.startOffset);
      const from = before.toString().length;
      const text = range.toString();
      const base = Number(p.dataset.start);
      // Leading and trailing spaces are not evidence.
      const lead = text.length - text.trimStart().length;
      const trimmed = text.trim();
      if (!trimmed) return;
      setSpan({ sentence: p.dataset.sentenceId!, start: base + from + lead, end: base + from + lead + trimmed.length, text: trimmed });
    };
    document.addEventListener("selectionchange", onSelect);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, []);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!span) return;
    const [source, target] = outgoing ? [entity.id, other.trim()] : [other.trim(), entity.id];
    const body = { kind: "add-relation", type, source, target, sentence: span.sentence, start: span.start, end: span.end, modality };
    const done = await change.send<CurationRecord>("/api/curation", "POST", body);
    if (done) onDone(done.data.target);
  }

  return (
    <form className="curation-form" onSubmit={submit} aria-label={t("addLabel")}>
      <div className="row">
        <label>
          {t("direction")}
          <select value={outgoing ? "out" : "in"} onChange={(e) => setOutgoing(e.target.value === "out")}>
            <option value="out">{t("outgoing", { name: shownName.text })}</option>
            <option value="in">{t("incoming", { name: shownName.text })}</option>
          </select>
        </label>
        <label>
          {t("relation")}
          <select value={type} onChange={(e) => setType(e.target.value)}>
            {ADDABLE_RELATION_TYPES.map((relationType) => (
              <option key={relationType} value={relationType}>
                {wording.typeName(relationType)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          {t("otherEntity")}
          <EntityInput value={other} onChange={setOther} required />
        </label>
        <label>
          {t("statedAs")}
          <select value={modality} onChange={(e) => setModality(e.target.value)}>
            <option value="fact">{t("modalities.fact")}</option>
            <option value="call">{t("modalities.call")}</option>
            <option value="plan">{t("modalities.plan")}</option>
            <option value="attributed">{t("modalities.attributed")}</option>
          </select>
        </label>
      </div>
      <p className="meta">{t("selectWords")}</p>
      <ol className="pick-sentences" ref={sentencesRef}>
        {sentences.map(([key, m]) => (
          <li key={key}>
            <p className={`sentence selectable${span?.sentence === key ? " chosen" : ""}`} lang={m.document.lang} dir={m.document.lang === "ar" ? "rtl" : "ltr"} data-sentence-id={key} data-start={m.sentence.start}>
              {m.sentence.text}
            </p>
          </li>
        ))}
      </ol>
      <p className="meta" data-testid="chosen-span">
        {span ? (
          <>
            {t("evidence")} <mark dir="auto">{span.text}</mark>
          </>
        ) : (
          t("noneSelected")
        )}
      </p>
      <button type="submit" disabled={!span || !other.trim() || change.state.kind === "pending"}>
        {t("addButton")}
      </button>
      <ChangeStatus change={change} />
    </form>
  );
}

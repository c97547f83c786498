"use client";
// The side panel of one relation: its type, direction, modality and confidence, and each piece of evidence as its
// sentence with the supporting span marked, the speaker for reported speech, and a link to the sentence in its document.
import { Fragment, useState } from "react";
import type { EntityDetails, RelationDetails } from "@/lib/types";
import { SYMMETRIC_TYPES } from "@/lib/graph/model";
import type { CuratedSelection } from "@/app/_components/curation/entity-curation";
import { HighlightedSentence } from "./highlighted-sentence";
import { MarkedSentence } from "./marked-sentence";
import { relationPhrase } from "@/app/_components/shared/relation-words";
import { readerHref } from "./reader-link";
import { RelationCuration } from "@/app/_components/curation/relation-curation";
import { useApi } from "@/app/_components/api/use-api";

const MODALITY: Record<string, string> = { fact: "stated as fact", call: "called for", plan: "hoped or planned", attributed: "attributed to a speaker" };

export function RelationPanel({
  id,
  onClose,
  onSelectEntity,
  onOpenSentence,
  onCurated,
  onSelectRelation,
  actions,
}: {
  id: string;
  onClose: () => void;
  onSelectEntity: (id: string) => void;
  onOpenSentence?: (documentId: string, sentence: number) => void;
  /** After a correction: the panel reads the relation again, the caller the graph (and where the selection moved). */
  onCurated?: (next?: CuratedSelection) => void;
  /** Opens another relation between the same two entities. */
  onSelectRelation?: (id: string) => void;
  /** Extra buttons under the relation's facts. */
  actions?: React.ReactNode;
}) {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi<RelationDetails>(`/api/relations/${encodeURIComponent(id)}`, reloadKey);
  const rel = state.kind === "ready" ? state.data : null;
  return (
    <aside className="panel" aria-label="Relation details" data-testid="relation-panel">
      <header>
        <div>
          {rel && rel.type === "CO_MENTIONED" ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(rel.source.id)}>
                {rel.source.name}
              </button>{" "}
              <span className="rel-type co">named together with</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(rel.target.id)}>
                {rel.target.name}
              </button>
            </h2>
          ) : rel ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(rel.source.id)}>
                {rel.source.name}
              </button>{" "}
              <span className="rel-type">{rel.type}</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(rel.target.id)}>
                {rel.target.name}
              </button>
            </h2>
          ) : (
            <h2>Relation</h2>
          )}
        </div>
        <button type="button" className="close" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      {state.kind === "loading" && <p className="meta">Loading…</p>}
      {state.kind === "error" && <p className="state error">{state.message}</p>}
      {rel && rel.type === "CO_MENTIONED" && (
        <>
          <p className="co-mention-note" data-testid="co-mention-note">
            A <strong>co-mention</strong>: {rel.source.name} and {rel.target.name} are named in the same {pieces(rel.evidence.length)}. It says only that; it has no
            direction and is not a claim the text makes, so there is nothing to confirm or reject. The sentences are below; typed relations
            between the two, if any, are listed with them.
          </p>
          <PairRelations rel={rel} onSelectRelation={onSelectRelation} />
        </>
      )}
      {rel && rel.type !== "CO_MENTIONED" && (
        <>
          <dl className="facts">
            <dt>Direction</dt>
            <dd data-testid="direction">
              <span dir="auto">{rel.source.name}</span> {SYMMETRIC_TYPES.has(rel.type) ? "—" : "→"} <span dir="auto">{rel.target.name}</span>
              {SYMMETRIC_TYPES.has(rel.type) ? " (either way)" : ""}
              {rel.source.nameAr && rel.target.nameAr && (
                <>
                  {" "}
                  <span className="ar" lang="ar" dir="rtl">
                    ({rel.source.nameAr} {SYMMETRIC_TYPES.has(rel.type) ? "—" : "←"} {rel.target.nameAr})
                  </span>
                </>
              )}
            </dd>
            <dt>Confidence</dt>
            <dd>{Math.round(rel.confidence * 100)}%</dd>
            <dt>Modality</dt>
            <dd>{MODALITY[rel.modality] ?? rel.modality}</dd>
            {Object.entries(rel.properties).map(([k, v]) => (
              <Fragment key={k}>
                <dt>{k}</dt>
                <dd>{String(v)}</dd>
              </Fragment>
            ))}
          </dl>
          <PairRelations rel={rel} onSelectRelation={onSelectRelation} />
          {actions && <div className="panel-actions">{actions}</div>}
          {onCurated && (
            <RelationCuration
              relation={rel}
              reloadKey={reloadKey}
              onChanged={(next) => {
                setReloadKey((k) => k + 1);
                onCurated(next);
              }}
            />
          )}
        </>
      )}
      {rel && (
        <>
          <h3>{rel.type === "CO_MENTIONED" ? `Sentences naming both · ${rel.evidence.length}` : `Evidence · ${rel.evidence.length} piece${rel.evidence.length === 1 ? "" : "s"}`}</h3>
          <ul className="mentions">
            {rel.evidence.map((ev) => (
              <li key={ev.id} className="mention" data-testid="evidence">
                <div className="where">
                  <span className="doc-title" lang={ev.document.lang} dir="auto" title={ev.document.title}>
                    {ev.document.title}
                  </span>
                  <span>
                    {ev.rule}
                    {ev.speaker ? ` · said by ${ev.speaker.name}` : ""}
                  </span>
                </div>
                {rel.type === "CO_MENTIONED" ? (
                  <MarkedSentence text={ev.sentence.text} marks={(ev.names ?? []).map((n) => ({ from: n.start - ev.sentence.start, to: n.end - ev.sentence.start }))} lang={ev.document.lang} />
                ) : (
                  <HighlightedSentence text={ev.sentence.text} from={ev.start - ev.sentence.start} to={ev.end - ev.sentence.start} lang={ev.document.lang} {...(ev.cue ? { cue: { from: ev.cue.start - ev.sentence.start, to: ev.cue.end - ev.sentence.start } } : {})} />
                )}
                <a
                  className="in-reader"
                  href={readerHref(ev.document.id, ev.sentence.index, { relation: rel.id })}
                  onClick={(e) => {
                    if (!onOpenSentence) return;
                    e.preventDefault();
                    onOpenSentence(ev.document.id, ev.sentence.index);
                  }}
                >
                  Sentence {ev.sentence.index + 1} in its document
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

const pieces = (n: number) => `${n} sentence${n === 1 ? "" : "s"}`;

/** Every relation between the relation's two ends (either way, co-mention included), the current one marked: one click each. */
function PairRelations({ rel, onSelectRelation }: { rel: RelationDetails; onSelectRelation?: (id: string) => void }) {
  const source = useApi<EntityDetails>(`/api/entities/${encodeURIComponent(rel.source.id)}`);
  if (source.kind !== "ready") return null;
  const between = source.data.relations.filter((r) => r.other.id === rel.target.id);
  if (between.length < 2) return null;
  return (
    <section className="pair-relations" aria-label={`Every relation between ${rel.source.name} and ${rel.target.name}`} data-testid="pair-relations">
      <h3>
        Between {rel.source.name} and {rel.target.name} · {between.length}
      </h3>
      <ul>
        {between.map((r) => (
          <li key={r.id}>
            {r.id === rel.id ? (
              <span aria-current="true">
                {rel.source.name} {relationPhrase(r.type, r.direction)} {rel.target.name}
              </span>
            ) : (
              <button type="button" className="link" onClick={() => onSelectRelation?.(r.id)} disabled={!onSelectRelation}>
                {rel.source.name} {relationPhrase(r.type, r.direction)} {rel.target.name}
              </button>
            )}{" "}
            <span className="count">{r.evidenceCount}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

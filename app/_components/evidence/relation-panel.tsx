"use client";
// The side panel of one relation: its type, direction, modality and confidence, and each piece of evidence as its
// sentence with the supporting span marked, the speaker for reported speech, and a link to the sentence in its document.
import { Fragment, useState } from "react";
import type { RelationDetails } from "@/lib/types";
import type { CuratedSelection } from "@/app/_components/curation/entity-curation";
import { HighlightedSentence } from "./highlighted-sentence";
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
  actions,
}: {
  id: string;
  onClose: () => void;
  onSelectEntity: (id: string) => void;
  onOpenSentence?: (documentId: string, sentence: number) => void;
  /** After a correction: the panel reads the relation again, the caller the graph (and where the selection moved). */
  onCurated?: (next?: CuratedSelection) => void;
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
          {rel ? (
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
      {rel && (
        <>
          <dl className="facts">
            <dt>Direction</dt>
            <dd data-testid="direction">
              <span dir="auto">{rel.source.name}</span> → <span dir="auto">{rel.target.name}</span>
              {rel.source.nameAr && rel.target.nameAr && (
                <>
                  {" "}
                  <span className="ar" lang="ar" dir="rtl">
                    ({rel.source.nameAr} ← {rel.target.nameAr})
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
          <h3>
            Evidence · {rel.evidence.length} piece{rel.evidence.length === 1 ? "" : "s"}
          </h3>
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
                <HighlightedSentence text={ev.sentence.text} from={ev.start - ev.sentence.start} to={ev.end - ev.sentence.start} lang={ev.document.lang} {...(ev.cue ? { cue: { from: ev.cue.start - ev.sentence.start, to: ev.cue.end - ev.sentence.start } } : {})} />
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

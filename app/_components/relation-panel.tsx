"use client";
// The side panel of one relation: its type, direction, modality, and each piece of evidence with its span marked.
import { useState } from "react";
import type { RelationDetails } from "@/lib/types";
import type { CuratedSelection } from "./entity-curation";
import { HighlightedSentence } from "./highlighted-sentence";
import { RelationCuration } from "./relation-curation";
import { useApi } from "./use-api";


const MODALITY: Record<string, string> = { fact: "stated as fact", call: "called for", plan: "hoped or planned", attributed: "attributed to a speaker" };

export function RelationPanel({ id, onClose, onSelectEntity, onCurated }: { id: string; onClose: () => void; onSelectEntity: (id: string) => void; onCurated?: (next?: CuratedSelection) => void }) {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi<RelationDetails>(`/api/relations/${encodeURIComponent(id)}`, reloadKey);

  return (
    <aside className="panel" aria-label="Relation details" data-testid="relation-panel">
      <header>
        <div>
          {state.kind === "ready" ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(state.data.source.id)}>
                {state.data.source.name}
              </button>{" "}
              <span className="rel-type">{state.data.type}</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(state.data.target.id)}>
                {state.data.target.name}
              </button>
            </h2>
          ) : (
            <h2>Relation</h2>
          )}
        </div>
        <button type="button" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      {state.kind === "loading" && <p className="meta">Loading…</p>}
      {state.kind === "error" && <p className="state error">{state.message}</p>}
      {state.kind === "ready" && (
        <>
          <p className="meta">
            {MODALITY[state.data.modality] ?? state.data.modality} · confidence {Math.round(state.data.confidence * 100)}% · {state.data.evidence.length} piece
            {state.data.evidence.length === 1 ? "" : "s"} of evidence
          </p>
          {Object.keys(state.data.properties).length > 0 && (
            <p className="meta">
              {Object.entries(state.data.properties)
                .map(([k, v]) => `${k}: ${v}`)
                .join(" · ")}
            </p>
          )}
          {onCurated && (
            <RelationCuration
              relation={state.data}
              reloadKey={reloadKey}
              onChanged={(next) => {
                setReloadKey((k) => k + 1);
                onCurated(next);
              }}
            />
          )}
          <h3>Evidence</h3>
          <ul className="mentions">
            {state.data.evidence.map((ev) => (
              <li key={ev.id} className="mention" data-testid="evidence">
                <div className="where">
                  <span className="doc-title" lang={ev.document.lang} dir="auto" title={ev.document.title}>
                    {ev.document.title}
                  </span>
                  <span>
                    sentence {ev.sentence.index + 1} · {ev.rule}
                    {ev.speaker ? ` · said by ${ev.speaker.name}` : ""}
                  </span>
                </div>
                <HighlightedSentence text={ev.sentence.text} from={ev.start - ev.sentence.start} to={ev.end - ev.sentence.start} lang={ev.document.lang} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

"use client";
// The side panel of one relation: its type, direction, modality, and each piece of evidence with its span marked.
import { useEffect, useState } from "react";
import type { RelationDetails } from "@/lib/types";
import { HighlightedSentence } from "./highlighted-sentence";

type PanelState = { kind: "loading" } | { kind: "ready"; relation: RelationDetails } | { kind: "error"; message: string };

const MODALITY: Record<string, string> = { fact: "stated as fact", call: "called for", plan: "hoped or planned", attributed: "attributed to a speaker" };

export function RelationPanel({ id, onClose, onSelectEntity }: { id: string; onClose: () => void; onSelectEntity: (id: string) => void }) {
  const [state, setState] = useState<PanelState>({ kind: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/relations/${encodeURIComponent(id)}`, { signal: controller.signal, cache: "no-store" })
      .then(async (res) => {
        const body = await res.json().catch(() => null);
        if (!res.ok) setState({ kind: "error", message: body?.error?.message ?? `the server answered ${res.status}` });
        else setState({ kind: "ready", relation: body as RelationDetails });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setState({ kind: "error", message: err instanceof Error ? err.message : "request failed" });
      });
    return () => {
      controller.abort();
      setState({ kind: "loading" });
    };
  }, [id]);

  return (
    <aside className="panel" aria-label="Relation details" data-testid="relation-panel">
      <header>
        <div>
          {state.kind === "ready" ? (
            <h2>
              <button type="button" className="link" onClick={() => onSelectEntity(state.relation.source.id)}>
                {state.relation.source.name}
              </button>{" "}
              <span className="rel-type">{state.relation.type}</span>{" "}
              <button type="button" className="link" onClick={() => onSelectEntity(state.relation.target.id)}>
                {state.relation.target.name}
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
            {MODALITY[state.relation.modality] ?? state.relation.modality} · confidence {Math.round(state.relation.confidence * 100)}% · {state.relation.evidence.length} piece
            {state.relation.evidence.length === 1 ? "" : "s"} of evidence
          </p>
          {Object.keys(state.relation.properties).length > 0 && (
            <p className="meta">
              {Object.entries(state.relation.properties)
                .map(([k, v]) => `${k}: ${v}`)
                .join(" · ")}
            </p>
          )}
          <h3>Evidence</h3>
          <ul className="mentions">
            {state.relation.evidence.map((ev) => (
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

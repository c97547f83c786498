"use client";
// The side panel of one entity: its names, type and every sentence that mentions it, the mention marked.
import { typeStyle } from "@/lib/entity-types";
import { useState } from "react";
import type { EntityDetails } from "@/lib/types";
import { EntityCuration, type CuratedSelection } from "./entity-curation";
import { HighlightedSentence } from "./highlighted-sentence";
import { useApi } from "./use-api";


export function EntityPanel({ id, onClose, onFocus, onCurated }: { id: string; onClose: () => void; onFocus?: (id: string) => void; onCurated?: (next?: CuratedSelection) => void }) {
  const [reloadKey, setReloadKey] = useState(0);
  const state = useApi<EntityDetails>(`/api/entities/${encodeURIComponent(id)}`, reloadKey);
  const curated = onCurated
    ? (next?: CuratedSelection) => {
        setReloadKey((k) => k + 1);
        onCurated(next);
      }
    : undefined;

  return (
    <aside className="panel" aria-label="Entity details" data-testid="entity-panel">
      {state.kind === "loading" && <p className="meta">Loading…</p>}
      {state.kind === "error" && (
        <>
          <header>
            <p className="state error">{state.message}</p>
            <button type="button" onClick={onClose} aria-label="Close details">
              ✕
            </button>
          </header>
        </>
      )}
      {state.kind === "ready" && <EntityDetailsView entity={state.data} onClose={onClose} onFocus={onFocus} curation={curated && <EntityCuration entity={state.data} reloadKey={reloadKey} onChanged={curated} />} />}
    </aside>
  );
}

function EntityDetailsView({ entity, onClose, onFocus, curation }: { entity: EntityDetails; onClose: () => void; onFocus?: (id: string) => void; curation?: React.ReactNode }) {
  const style = typeStyle(entity.type);
  return (
    <>
      <header>
        <div>
          <h2>{entity.name}</h2>
          {entity.nameAr && (
            <p className="name-ar" lang="ar" dir="rtl">
              {entity.nameAr}
            </p>
          )}
        </div>
        <button type="button" onClick={onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      <p className="meta">
        <span className="type-badge" style={{ background: style.color }}>
          {style.label}
        </span>{" "}
        {entity.degree} relation{entity.degree === 1 ? "" : "s"} · {entity.mentions.length} mention{entity.mentions.length === 1 ? "" : "s"}
        {entity.wikidata && (
          <>
            {" · "}
            <a href={`https://www.wikidata.org/wiki/${entity.wikidata}`} target="_blank" rel="noreferrer">
              {entity.wikidata}
            </a>
          </>
        )}
      </p>
      {entity.aliases.length > 0 && <p className="meta">Also: {entity.aliases.join(" · ")}</p>}
      {onFocus && (
        <p>
          <button type="button" onClick={() => onFocus(entity.id)}>
            Focus on its neighbourhood
          </button>
        </p>
      )}
      {curation}
      <h3>Sentences</h3>
      <ul className="mentions">
        {entity.mentions.map((m) => (
          <li key={`${m.document.id}:${m.start}`} className="mention" data-testid="mention">
            <div className="where">
              <span className="doc-title" lang={m.document.lang} dir="auto" title={m.document.title}>
                {m.document.title}
              </span>
              <span>
                sentence {m.sentence.index + 1} · {m.rule}
                {m.confidence < 1 ? ` ${Math.round(m.confidence * 100)}%` : ""}
              </span>
            </div>
            <HighlightedSentence text={m.sentence.text} from={m.start - m.sentence.start} to={m.end - m.sentence.start} lang={m.document.lang} />
          </li>
        ))}
      </ul>
    </>
  );
}

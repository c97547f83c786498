"use client";
// The colour and shape key of the entity types, and the filters: entity types, relation types, co-mentions, minimum
// confidence and one document. Folds away (a button) so it never covers a small screen.
import { useState } from "react";
import { ENTITY_TYPES, typeStyle } from "@/lib/entity-types";
import type { ExplorerState } from "./explorer-state";

export type FilterState = Pick<ExplorerState, "hiddenTypes" | "hiddenRelations" | "coMentions" | "minConfidence" | "document" | "rejected">;

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((t) => t !== item) : [...list, item]);

export function Legend({
  types,
  relationTypes,
  documents,
  filters,
  onChange,
  defaultOpen = true,
}: {
  types: string[];
  relationTypes: string[];
  documents: { id: string; title: string }[];
  filters: FilterState;
  onChange: (next: Partial<FilterState>, opts?: { replace?: boolean }) => void;
  /** Unfolded at first unless the graph has little room (a narrow screen, or the reader and the details beside it). */
  defaultOpen?: boolean;
}) {
  // Folded at first where it would cover the graph (the legend renders in the browser only).
  const [open, setOpen] = useState(() => defaultOpen && (typeof window === "undefined" || !window.matchMedia("(max-width: 800px)").matches));
  const hiddenMore = filters.hiddenRelations.length + (filters.coMentions ? 0 : 1) + (filters.minConfidence > 0 ? 1 : 0) + (filters.document ? 1 : 0) + (filters.rejected ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(hiddenMore > 0);
  const shown = Object.keys(ENTITY_TYPES).filter((t) => types.includes(t));
  const active = filters.hiddenTypes.length + hiddenMore;
  return (
    <aside className={`legend${open ? " open" : ""}`} aria-label="Legend and filters">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen(!open)}>
        Filters{active ? ` (${active})` : ""} {open ? "▴" : "▾"}
      </button>
      <div id="legend-body" hidden={!open}>
        <h2>Entity types</h2>
        <ul>
          {shown.map((t) => (
            <li key={t}>
              <label>
                <input type="checkbox" checked={!filters.hiddenTypes.includes(t)} onChange={() => onChange({ hiddenTypes: toggled(filters.hiddenTypes, t) })} aria-label={`Show ${typeStyle(t).label}`} />
                <span className={`swatch shape-${typeStyle(t).shape}`} style={{ background: typeStyle(t).color }} aria-hidden />
                {typeStyle(t).label}
              </label>
            </li>
          ))}
        </ul>
        <details className="more-filters" open={moreOpen} onToggle={(e) => setMoreOpen((e.target as HTMLDetailsElement).open)}>
          <summary>Relations and more{hiddenMore ? ` (${hiddenMore})` : ""}</summary>
          <label className="filter">
            <input type="checkbox" checked={filters.coMentions} onChange={(e) => onChange({ coMentions: e.target.checked })} /> co-mentions
          </label>
          <label className="filter">
            <input type="checkbox" checked={filters.rejected} onChange={(e) => onChange({ rejected: e.target.checked })} /> rejected
          </label>
          {relationTypes.length > 0 && (
            <details className="relation-types">
              <summary>
                Relation types{filters.hiddenRelations.length ? ` (${filters.hiddenRelations.length} hidden)` : ""}
              </summary>
              <ul>
                {relationTypes.map((t) => (
                  <li key={t}>
                    <label>
                      <input type="checkbox" checked={!filters.hiddenRelations.includes(t)} onChange={() => onChange({ hiddenRelations: toggled(filters.hiddenRelations, t) })} aria-label={`Show ${t}`} />
                      <code>{t}</code>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <label className="filter range">
            min. confidence {Math.round(filters.minConfidence * 100)}%
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={filters.minConfidence}
              onChange={(e) => onChange({ minConfidence: Number(e.target.value) }, { replace: true })}
              aria-label="Minimum confidence"
            />
          </label>
          {documents.length > 0 && (
            <label className="filter range">
              document
              <select aria-label="Only from document" value={filters.document ?? ""} onChange={(e) => onChange({ document: e.target.value || null })}>
                <option value="">all documents</option>
                {documents.map((d) => (
                  <option key={d.id} value={d.id} dir="auto">
                    {d.title.length > 48 ? `${d.title.slice(0, 47)}…` : d.title || d.id}
                  </option>
                ))}
              </select>
            </label>
          )}
        </details>
      </div>
    </aside>
  );
}

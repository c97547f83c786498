"use client";
// The colour and shape key of the entity types, and the filters: types shown, co-mention edges, minimum confidence.
import { ENTITY_TYPES, typeStyle } from "@/lib/entity-types";
import type { ViewOptions } from "./explorer";

export function Legend({ types, view, onChange }: { types: string[]; view: ViewOptions; onChange: (next: Partial<ViewOptions>) => void }) {
  const shown = Object.keys(ENTITY_TYPES).filter((t) => types.includes(t));
  const toggle = (type: string) => onChange({ hiddenTypes: view.hiddenTypes.includes(type) ? view.hiddenTypes.filter((t) => t !== type) : [...view.hiddenTypes, type] });
  return (
    <aside className="legend" aria-label="Legend">
      <h2>Entity types</h2>
      <ul>
        {shown.map((t) => (
          <li key={t}>
            <label>
              <input type="checkbox" checked={!view.hiddenTypes.includes(t)} onChange={() => toggle(t)} aria-label={`Show ${typeStyle(t).label}`} />
              <span className="swatch" style={{ background: typeStyle(t).color }} aria-hidden />
              {typeStyle(t).label}
            </label>
          </li>
        ))}
      </ul>
      <h2>Relations</h2>
      <label className="filter">
        <input type="checkbox" checked={view.coMentions} onChange={(e) => onChange({ coMentions: e.target.checked })} /> co-mentions
      </label>
      <label className="filter">
        <input type="checkbox" checked={view.rejected === true} onChange={(e) => onChange({ rejected: e.target.checked })} /> rejected
      </label>
      <label className="filter range">
        min. confidence {Math.round(view.minConfidence * 100)}%
        <input type="range" min={0} max={1} step={0.05} value={view.minConfidence} onChange={(e) => onChange({ minConfidence: Number(e.target.value) })} aria-label="Minimum confidence" />
      </label>
    </aside>
  );
}

"use client";
// The key to the canvas and its filters: entity types (colour and shape), every line style and arrow (typed, symmetric,
// co-mention, rejected, confirmed) with the co-mention toggle, then relation types, minimum confidence and one document.
// It sits beside the canvas, never over it, and folds away to a button.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { ENTITY_TYPES, typeStyle } from "@/lib/entity-types";
import type { ExplorerState } from "./explorer-state";

export type FilterState = Pick<ExplorerState, "hiddenTypes" | "hiddenRelations" | "coMentions" | "minConfidence" | "document" | "rejected">;

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((t) => t !== item) : [...list, item]);

/** A short line drawn as the canvas draws that kind of relation. */
function LineSwatch({ kind }: { kind: "typed" | "symmetric" | "co" | "rejected" | "confirmed" }) {
  const stroke = { typed: "#94a3b8", symmetric: "#94a3b8", co: "#cbd5e1", rejected: "#f87171", confirmed: "#475569" }[kind];
  const dash = kind === "co" ? "5 3" : kind === "rejected" ? "1.5 2.5" : undefined;
  return (
    <svg className="line-swatch" width="34" height="10" viewBox="0 0 34 10" aria-hidden>
      <line x1="1" y1="5" x2={kind === "typed" || kind === "confirmed" ? 26 : 33} y2="5" stroke={stroke} strokeWidth={kind === "co" ? 1.5 : 2.5} strokeDasharray={dash} />
      {(kind === "typed" || kind === "confirmed") && <path d="M25 1 L33 5 L25 9 Z" fill={stroke} />}
    </svg>
  );
}

export function Legend({
  types,
  relationTypes,
  coMentionCount,
  coFallback = false,
  documents,
  filters,
  onChange,
  defaultOpen = true,
}: {
  types: string[];
  relationTypes: string[];
  /** Co-mentions in the view (the toggle says how many it shows or hides). */
  coMentionCount: number;
  /** Co-mentions shown because the view has no typed relation: the toggle says so. */
  coFallback?: boolean;
  documents: { id: string; title: string }[];
  filters: FilterState;
  onChange: (next: Partial<FilterState>, opts?: { replace?: boolean }) => void;
  /** Unfolded at first unless the graph has little room (a narrow screen, or the reader and the details beside it). */
  defaultOpen?: boolean;
}) {
  // Folded at first where it would cover the graph (the legend renders in the browser only).
  const [open, setOpen] = useState(() => defaultOpen && (typeof window === "undefined" || !window.matchMedia("(max-width: 800px)").matches));
  const hiddenMore = filters.hiddenRelations.length + (filters.minConfidence > 0 ? 1 : 0) + (filters.document ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(hiddenMore > 0);
  const shown = Object.keys(ENTITY_TYPES).filter((t) => types.includes(t));
  const t = useTranslations("legend");
  const wording = useRelationWording();
  const formatter = useFormatter();
  const formatPercent = (n: number) => formatter.number(n, { style: "percent", maximumFractionDigits: 0 });
  const active = filters.hiddenTypes.length + hiddenMore + (filters.rejected ? 1 : 0) + (filters.coMentions ? 1 : 0);
  return (
    <aside className={`legend${open ? " open" : ""}`} aria-label={t("label")}>
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls="legend-body" onClick={() => setOpen(!open)}>
        {t("filters")}{active ? ` (${active})` : ""} {open ? "▴" : "▾"}
      </button>
      <div id="legend-body" hidden={!open}>
        <h2>{t("entityTypes")}</h2>
        <ul>
          {shown.map((type) => (
            <li key={type}>
              <label>
                <input type="checkbox" checked={!filters.hiddenTypes.includes(type)} onChange={() => onChange({ hiddenTypes: toggled(filters.hiddenTypes, type) })} aria-label={t("show", { type: wording.entityType(type) })} />
                <span className={`swatch shape-${typeStyle(type).shape}`} style={{ background: typeStyle(type).color }} aria-hidden />
                {wording.entityType(type)}
              </label>
            </li>
          ))}
        </ul>
        <h2>{t("lines")}</h2>
        <ul className="lines" data-testid="legend-lines">
          <li>
            <LineSwatch kind="typed" /> {t("typed")}
          </li>
          <li>
            <LineSwatch kind="symmetric" /> {t("symmetric")}
          </li>
          <li>
            <label className="filter">
              <input type="checkbox" checked={filters.coMentions || coFallback} disabled={coFallback} onChange={(e) => onChange({ coMentions: e.target.checked })} />
              <LineSwatch kind="co" /> {t("coMentions", { count: coMentionCount })}
              {coFallback ? t("coFallback") : ""}
            </label>
          </li>
          <li>
            <label className="filter">
              <input type="checkbox" checked={filters.rejected} onChange={(e) => onChange({ rejected: e.target.checked })} />
              <LineSwatch kind="rejected" /> {t("rejected")}
            </label>
          </li>
          <li>
            <LineSwatch kind="confirmed" /> {t("confirmed")}
          </li>
        </ul>
        <details className="more-filters" open={moreOpen} onToggle={(e) => setMoreOpen((e.target as HTMLDetailsElement).open)}>
          <summary>{t("more")}{hiddenMore ? ` (${hiddenMore})` : ""}</summary>
          {relationTypes.length > 0 && (
            <details className="relation-types">
              <summary>
                {t("relationTypes")}{filters.hiddenRelations.length ? t("hiddenCount", { count: filters.hiddenRelations.length }) : ""}
              </summary>
              <ul>
                {relationTypes.map((type) => (
                  <li key={type}>
                    <label>
                      <input type="checkbox" checked={!filters.hiddenRelations.includes(type)} onChange={() => onChange({ hiddenRelations: toggled(filters.hiddenRelations, type) })} aria-label={t("show", { type: wording.typeName(type) })} />
                      <code>{wording.typeName(type)}</code>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <label className="filter range">
            {t("minConfidence", { percent: formatPercent(filters.minConfidence) })}
            <input
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={filters.minConfidence}
              onChange={(e) => onChange({ minConfidence: Number(e.target.value) }, { replace: true })}
              aria-label={t("minConfidenceLabel")}
            />
          </label>
          {documents.length > 0 && (
            <label className="filter range">
              {t("document")}
              <select aria-label={t("onlyFromDocument")} value={filters.document ?? ""} onChange={(e) => onChange({ document: e.target.value || null })}>
                <option value="">{t("allDocuments")}</option>
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

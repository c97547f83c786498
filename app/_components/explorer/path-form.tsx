"use client";
// Pick two entities (by name, in either language) and ask for the shortest paths between them.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { EntityHit } from "./search-box";
import { useSearch } from "@/app/_components/api/use-search";
import { EntityHitLabel } from "./entity-hit-label";

interface Picked {
  id: string;
  name: string;
}

export function PathForm({ initialFrom, onSubmit, onClose }: { initialFrom: Picked | null; onSubmit: (from: string, to: string) => void; onClose: () => void }) {
  const [from, setFrom] = useState<Picked | null>(initialFrom);
  const [to, setTo] = useState<Picked | null>(null);
  const same = from && to && from.id === to.id;
  const t = useTranslations("pathForm");
  return (
    <form
      className="path-form"
      aria-label={t("label")}
      onSubmit={(e) => {
        e.preventDefault();
        if (from && to && !same) onSubmit(from.id, to.id);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <EntityPicker label={t("from")} inputLabel={t("fromEntity")} value={from} onChange={setFrom} autoFocus={!from} />
      <EntityPicker label={t("to")} inputLabel={t("toEntity")} value={to} onChange={setTo} autoFocus={!!from} />
      <button type="submit" disabled={!from || !to || !!same}>
        {t("submit")}
      </button>
      <button type="button" onClick={onClose} aria-label={t("close")}>
        ✕
      </button>
      {same && <p className="field-error">{t("same")}</p>}
    </form>
  );
}

function EntityPicker({ label, inputLabel, value, onChange, autoFocus }: { label: string; inputLabel: string; value: Picked | null; onChange: (p: Picked | null) => void; autoFocus?: boolean }) {
  const t = useTranslations("pathForm");
  const [text, setText] = useState(value?.name ?? "");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { hits, done } = useSearch<EntityHit>("/api/search", value && text === value.name ? "" : text, 6);
  const pick = (h: EntityHit | undefined) => {
    if (!h) return;
    onChange({ id: h.id, name: h.name });
    setText(h.name);
    setOpen(false);
  };
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  return (
    <div className="picker">
      <span aria-hidden>{label}</span>
      <input
        value={text}
        dir="auto"
        role="combobox"
        aria-label={inputLabel}
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        autoFocus={autoFocus}
        placeholder={t("placeholder")}
        onChange={(e) => {
          setText(e.target.value);
          onChange(null);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (!open || !hits.length) return;
          if (e.key === "ArrowDown") setActive(Math.min(activeIndex + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive(Math.max(activeIndex - 1, 0));
          else if (e.key === "Enter") pick(hits[activeIndex]);
          else return;
          e.preventDefault();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && text.trim() && !value && (
        <ul id={listId} role="listbox" className="search-results">
          {done && hits.length === 0 && <li className="empty">{t("nothingFound")}</li>}
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === activeIndex} className={i === activeIndex ? "active" : ""} onMouseDown={() => pick(h)}>
              <EntityHitLabel hit={h} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";
// One box, two modes. Entities: English or Arabic name or alias, prefixes and typos welcome. Sentences: full text, each
// hit with the entities it mentions. Keyboard first: "/" focuses, arrows move, Enter picks, Escape closes.
import { useTranslations } from "next-intl";
import { EntityName } from "@/app/_components/shared/entity-name";
import { useEffect, useRef, useState } from "react";
import { typeStyle } from "@/lib/entity-types";
import type { SentenceHit } from "@/lib/types";
import { useSearch } from "@/app/_components/api/use-search";
import { EntityHitLabel } from "./entity-hit-label";

export interface EntityHit {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
}

type Mode = "entities" | "sentences";

export function SearchBox({ onPickEntity, onPickSentence }: { onPickEntity: (id: string) => void; onPickSentence: (hit: SentenceHit) => void }) {
  const [mode, setMode] = useState<Mode>("entities");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const entities = useSearch<EntityHit>("/api/search", mode === "entities" ? query : "");
  const sentences = useSearch<SentenceHit>("/api/search/sentences", mode === "sentences" ? query : "", 10);
  const { hits, done } = mode === "entities" ? entities : sentences;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === "/" && !(target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable))) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  function pick(i: number) {
    if (mode === "entities") {
      const hit = entities.hits[i];
      if (!hit) return;
      onPickEntity(hit.id);
    } else {
      const hit = sentences.hits[i];
      if (!hit) return;
      onPickSentence(hit);
    }
    setOpen(false);
    setQuery("");
    input.current?.blur();
  }

  const t = useTranslations("search");
  const label = mode === "entities" ? t("searchEntities") : t("searchSentences");
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  return (
    <div className="search" role="search">
      <div className="search-modes" role="group" aria-label={t("mode")}>
        {(["entities", "sentences"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => {
              setMode(m);
              setActive(0);
              input.current?.focus();
            }}
          >
            {m === "entities" ? t("entities") : t("sentences")}
          </button>
        ))}
      </div>
      <input
        ref={input}
        type="search"
        value={query}
        placeholder={mode === "entities" ? t("placeholderEntities") : t("placeholderSentences")}
        aria-label={label}
        aria-expanded={open && hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={open && hits.length ? `search-hit-${activeIndex}` : undefined}
        role="combobox"
        aria-autocomplete="list"
        dir="auto"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(e.target.value.trim().length > 0);
        }}
        onFocus={() => setOpen(query.trim().length > 0)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive(Math.min(activeIndex + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive(Math.max(activeIndex - 1, 0));
          else if (e.key === "Enter") pick(activeIndex);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && query.trim() && (
        <ul id="search-results" role="listbox" aria-label={t("results", { label })} className={`search-results ${mode}`}>
          {!done && <li className="empty">{t("searching")}</li>}
          {done && hits.length === 0 && <li className="empty">{t("nothingFound")}</li>}
          {mode === "entities" &&
            entities.hits.map((h, i) => (
              <li key={h.id} id={`search-hit-${i}`} role="option" aria-selected={i === activeIndex} className={i === activeIndex ? "active" : ""} onMouseDown={() => pick(i)}>
                <EntityHitLabel hit={h} />
              </li>
            ))}
          {mode === "sentences" &&
            sentences.hits.map((h, i) => (
              <li key={`${h.document.id}:${h.sentence.index}`} id={`search-hit-${i}`} role="option" aria-selected={i === activeIndex} className={`sentence-hit${i === activeIndex ? " active" : ""}`} onMouseDown={() => pick(i)}>
                <SentenceWithMentions hit={h} />
                <span className="where">
                  <span className="doc-title" dir="auto">
                    {h.document.title}
                  </span>{" "}
                  · {t("sentenceNumber", { number: h.sentence.index + 1 })}
                </span>
                {h.entities.length > 0 && (
                  <span className="chips">
                    {h.entities.map((e) => (
                      <span key={e.id} className="chip" style={{ borderColor: typeStyle(e.type).color }}>
                        <EntityName name={e.name} nameAr={(e as { nameAr?: string }).nameAr} />
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}

/** A hit's sentence with each mention underlined in its type's colour (the first of overlapping mentions wins). */
function SentenceWithMentions({ hit }: { hit: SentenceHit }) {
  const type = new Map(hit.entities.map((e) => [e.id, e.type]));
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of hit.mentions) {
    if (m.start < at) continue;
    parts.push(hit.sentence.text.slice(at, m.start));
    parts.push(
      <span key={m.start} className="mention-mark" style={{ borderColor: typeStyle(type.get(m.entityId) ?? "other").color }}>
        {hit.sentence.text.slice(m.start, m.end)}
      </span>,
    );
    at = m.end;
  }
  parts.push(hit.sentence.text.slice(at));
  return (
    <span className="sentence-text" lang={hit.document.lang} dir={hit.document.lang === "ar" ? "rtl" : "ltr"}>
      {parts}
    </span>
  );
}

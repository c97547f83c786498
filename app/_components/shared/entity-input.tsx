"use client";
// An entity field: type a name in English or Arabic (prefixes and typos welcome), pick it from the explorer's search,
// and the field holds its id. A typed id, or a name the search finds exactly, is taken without a pick.
import { useTranslations } from "next-intl";
import { useRelationWording } from "./relation-words";
import { useEffect, useId, useState } from "react";
import { useSearch } from "@/app/_components/api/use-search";

interface Hit {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
}

const exact = (hits: Hit[], text: string) => {
  const t = text.trim().toLowerCase();
  return t ? hits.find((h) => h.id === t || h.name.toLowerCase() === t || h.nameAr === text.trim()) : undefined;
};

export function EntityInput({
  value,
  onChange,
  required,
  invalid,
  label,
  id,
}: {
  id?: string;
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  invalid?: boolean;
  /** The field's accessible name when it is not inside a label. */
  label?: string;
}) {
  const [text, setText] = useState(value);
  const [picked, setPicked] = useState<Hit | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { hits, done } = useSearch<Hit>("/api/search", picked ? "" : text);
  const listId = useId();

  // A value set from outside (a link's parameters, a reset) shows as typed.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== (picked?.id ?? text.trim())) {
      setText(value);
      setPicked(null);
    }
  }

  // The search found exactly what was typed: that entity's id is the value, no click needed.
  const match = done && !picked ? exact(hits, text) : undefined;
  useEffect(() => {
    if (match && value !== match.id) onChange(match.id);
  }, [match, value, onChange]);

  function pick(hit: Hit) {
    setPicked(hit);
    setText(hit.name);
    setOpen(false);
    onChange(hit.id);
  }

  const shown = open && !picked && hits.length > 0;
  const t = useTranslations("entityInput");
  const wording = useRelationWording();
  const activeIndex = Math.min(active, Math.max(0, hits.length - 1));
  return (
    <span className="entity-input">
      <input
        id={id}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${activeIndex}` : undefined}
        aria-label={label}
        aria-invalid={invalid}
        value={text}
        required={required}
        placeholder={t("placeholder")}
        dir="auto"
        autoComplete="off"
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setText(e.target.value);
          setPicked(null);
          setOpen(true);
          setActive(0);
          onChange(e.target.value.trim());
        }}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter belongs to the page (the workbench runs); plain Enter picks.
          if (e.ctrlKey || e.metaKey || !shown) return;
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setActive((activeIndex + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length);
          } else if (e.key === "Enter") {
            e.preventDefault();
            pick(hits[activeIndex]!);
          } else if (e.key === "Escape") {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {(picked ?? match) && (
        <small className="entity-picked" data-testid="entity-picked" lang="en" dir="ltr">
          {(picked ?? match)!.id}
        </small>
      )}
      <ul role="listbox" id={listId} className="entity-hits" hidden={!shown}>
        {shown &&
          hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              onMouseDown={(e) => {
                // Keeps the focus in the field (a blur would close the list before the click lands).
                e.preventDefault();
                pick(h);
              }}
            >
              {wording.rtl && h.nameAr ? (
                <>
                  <span lang="ar">{h.nameAr}</span>
                  <span lang="en" dir="ltr">
                    {" "}
                    · {h.name}
                  </span>
                </>
              ) : (
                <>
                  <span dir="auto">{h.name}</span>
                  {h.nameAr && (
                    <span lang="ar" dir="rtl">
                      {" "}
                      · {h.nameAr}
                    </span>
                  )}
                </>
              )}{" "}
              <small>
                {wording.entityType(h.type)} · <span lang="en" dir="ltr">{h.id}</span>
              </small>
            </li>
          ))}
      </ul>
    </span>
  );
}

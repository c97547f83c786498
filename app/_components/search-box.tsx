"use client";
// Find an entity by English or Arabic name or alias (prefixes and typos welcome); keyboard first: "/" focuses, arrows move, Enter picks.
import { useEffect, useRef, useState } from "react";
import { typeStyle } from "@/lib/entity-types";

interface Hit {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
}

export function SearchBox({ onPick }: { onPick: (id: string) => void }) {
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === "/" && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal })
        .then((res) => (res.ok ? res.json() : { hits: [] }))
        .then((body: { hits: Hit[] }) => {
          setHits(body.hits);
          setActive(0);
          setOpen(true);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  function pick(hit: Hit | undefined) {
    if (!hit) return;
    onPick(hit.id);
    setOpen(false);
    setQuery("");
    setHits([]);
    input.current?.blur();
  }

  return (
    <div className="search" role="search">
      <input
        ref={input}
        type="search"
        value={query}
        placeholder="Search entities  ( / )"
        aria-label="Search entities"
        aria-expanded={open && hits.length > 0}
        aria-controls="search-results"
        role="combobox"
        aria-autocomplete="list"
        dir="auto"
        onChange={(e) => {
          setQuery(e.target.value);
          if (!e.target.value.trim()) {
            setHits([]);
            setOpen(false);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") pick(hits[active]);
          else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && query.trim() && (
        <ul id="search-results" role="listbox" className="search-results">
          {hits.length === 0 && <li className="empty">Nothing found</li>}
          {hits.map((h, i) => (
            <li key={h.id} role="option" aria-selected={i === active} className={i === active ? "active" : ""} onMouseDown={() => pick(h)}>
              <span className="swatch" style={{ background: typeStyle(h.type).color }} aria-hidden />
              <span>{h.name}</span>
              {h.nameAr && (
                <span className="ar" lang="ar">
                  {h.nameAr}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

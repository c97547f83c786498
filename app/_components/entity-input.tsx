"use client";
// An entity parameter: type a name in English or Arabic (prefixes and typos welcome) and pick from the explorer's search.
import { useEffect, useId, useState } from "react";

interface Hit {
  id: string;
  name: string;
  nameAr?: string;
}

export function EntityInput({ value, onChange, required, invalid }: { value: string; onChange: (id: string) => void; required?: boolean; invalid?: boolean }) {
  const [hits, setHits] = useState<Hit[]>([]);
  const listId = useId();

  useEffect(() => {
    const q = value.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal })
        .then((res) => (res.ok ? (res.json() as Promise<{ hits: Hit[] }>) : { hits: [] }))
        .then((body) => setHits(body.hits))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  return (
    <>
      <input value={value} onChange={(e) => onChange(e.target.value)} list={listId} required={required} aria-invalid={invalid} placeholder="entity id, e.g. china" dir="auto" autoComplete="off" />
      <datalist id={listId}>
        {hits.map((h) => (
          <option key={h.id} value={h.id}>
            {h.nameAr ? `${h.name} · ${h.nameAr}` : h.name}
          </option>
        ))}
      </datalist>
    </>
  );
}

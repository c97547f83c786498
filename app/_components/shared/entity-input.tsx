"use client";
// An entity parameter: type a name in English or Arabic (prefixes and typos welcome) and pick from the explorer's search.
import { useId } from "react";
import { useSearch } from "@/app/_components/api/use-search";

interface Hit {
  id: string;
  name: string;
  nameAr?: string;
}

export function EntityInput({ value, onChange, required, invalid }: { value: string; onChange: (id: string) => void; required?: boolean; invalid?: boolean }) {
  const { hits } = useSearch<Hit>("/api/search", value);
  const listId = useId();

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

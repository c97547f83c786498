"use client";
// Debounced search as one types: the hits of a search route for the current text, newest request wins.
import { useEffect, useState } from "react";

export function useSearch<T>(route: string, query: string, limit = 8): { hits: T[]; done: boolean } {
  const [result, setResult] = useState<{ query: string; hits: T[] }>({ query: "", hits: [] });
  const q = query.trim();
  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`${route}?q=${encodeURIComponent(q)}&limit=${limit}`, { signal: controller.signal })
        .then((res) => (res.ok ? res.json() : { hits: [] }))
        .then((body: { hits: T[] }) => setResult({ query: q, hits: body.hits }))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [route, q, limit]);
  // Hits of an older text are not shown for a newer one.
  return q && result.query === q ? { hits: result.hits, done: true } : { hits: [], done: false };
}

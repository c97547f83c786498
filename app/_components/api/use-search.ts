"use client";
// Debounced search as one types: the hits of a search route for the current text, newest request wins.
import { useApi } from "./use-api";

export function useSearch<T>(route: string, query: string, limit = 8): { hits: T[]; done: boolean } {
  const q = query.trim();
  const state = useApi<{ hits: T[] }>(q ? `${route}?q=${encodeURIComponent(q)}&limit=${limit}` : null, 0, 150);
  if (!q) return { hits: [], done: false };
  if (state.kind === "ready") return { hits: state.data.hits, done: true };
  // The server's refusal counts as no hits; with no answer at all there is nothing to say yet.
  if (state.kind === "error" && state.status !== 0) return { hits: [], done: true };
  return { hits: [], done: false };
}

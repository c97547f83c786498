"use client";
// Builds the explorer's graph from its state: the base (whole graph, a focus or a path), then each expansion replayed in
// order. Results are cached by what they were built from, so adding an expansion or going back costs one request at most.
import { useEffect, useState } from "react";
import type { ExpandResult, GraphView, PathsResult } from "@/lib/types";
import { request, RequestError } from "@/app/_components/api/request";
import { rangeParams, type ExplorerState } from "./explorer-state";

export const EXPAND_PAGE = 100;
const RETRY_MS = 5_000;

export interface GraphData {
  graph: GraphView;
  /** Per expanded entity: how many of its neighbours are not on the canvas yet. */
  remaining: Record<string, number>;
  paths: PathsResult | null;
  /** The focus has no typed relation: its neighbourhood is shown through co-mentions instead (and they are shown). */
  fallback: boolean;
}

export type GraphLoad =
  | { kind: "loading"; data: GraphData | null }
  | { kind: "ready"; data: GraphData }
  | { kind: "unreachable"; message: string; data: GraphData | null; retryInMs: number }
  | { kind: "not-found"; message: string; data: null }
  | { kind: "error"; message: string; data: GraphData | null };

const cache = new Map<string, Promise<unknown>>();

/** One cached request; failures are not kept, so a retry asks again. */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
    if (cache.size > 200) cache.delete(cache.keys().next().value!);
  }
  return hit;
}

/** An expansion added to a view: new nodes, the relations tying them in, and what the caps left out still counted. */
export function mergeExpansion(graph: GraphView, more: ExpandResult): GraphView {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const n of more.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  for (const e of more.edges) if (!edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  // What either cap left out stays counted, so the status line can say the view shows the strongest of more.
  const hidden = Math.max(0, graph.total.edges - graph.edges.length) + Math.max(0, more.edgesTotal - more.edges.length);
  const total = { nodes: Math.max(graph.total.nodes, nodes.size), edges: edges.size + hidden };
  return { ...graph, nodes: [...nodes.values()], edges: [...edges.values()], total, truncated: graph.truncated || hidden > 0 };
}

/** What the graph is built from, as a key: state that only hides or selects is left out. */
export function graphKey(s: Pick<ExplorerState, "path" | "focus" | "depth" | "document" | "coMentions" | "expand" | "rejected" | "since" | "until">) {
  const base = `${s.since || s.until ? `range:${s.since ?? ""}:${s.until ?? ""}:` : ""}${s.rejected ? "with-rejected:" : ""}${s.path ? `paths:${s.path.from}:${s.path.to}:${s.coMentions ? 1 : 0}` : `graph:${s.focus ?? ""}:${s.focus ? s.depth : 1}:${s.document ?? ""}`}`;
  // A focus and expansions walk typed relations only while co-mentions are hidden: the toggle changes what is read.
  const walk = !s.path && (s.focus || s.expand.length) ? `:co${s.coMentions ? 1 : 0}` : "";
  return `${base}${walk}|${s.expand.map((e) => `${e.id}:${e.times}`).join(",")}`;
}

async function build(s: ExplorerState): Promise<GraphData> {
  let paths: PathsResult | null = null;
  let fallback = false;
  let graph: GraphView;
  let key: string;
  if (s.path) {
    const range = rangeParams(s);
    const q = `from=${encodeURIComponent(s.path.from)}&to=${encodeURIComponent(s.path.to)}&co=${s.coMentions ? 1 : 0}${s.rejected ? "&rejected=1" : ""}${range ? `&${range}` : ""}`;
    key = `paths?${q}`;
    paths = await cached(key, () => request<PathsResult>(`/api/paths?${q}`));
    graph = paths.graph;
  } else {
    const q = new URLSearchParams();
    if (s.focus) {
      q.set("focus", s.focus);
      q.set("depth", String(s.depth));
      // Typed relations first: with co-mentions hidden, the neighbourhood is what typed relations reach.
      if (!s.coMentions) q.set("typed", "1");
    }
    if (s.document) q.set("document", s.document);
    if (s.rejected) q.set("rejected", "1");
    if (s.since) q.set("since", s.since);
    if (s.until) q.set("until", s.until);
    key = `graph?${q}`;
    const url = (params: URLSearchParams) => `/api/graph${params.size ? `?${params}` : ""}`;
    graph = await cached(key, () => request<GraphView>(url(q)));
    // An entity with no typed relation falls back to its co-mentions, and the explorer says so.
    if (s.focus && !s.coMentions && graph.nodes.length <= 1) {
      q.delete("typed");
      key = `graph?${q}`;
      graph = await cached(key, () => request<GraphView>(url(q)));
      fallback = graph.nodes.length > 1;
    }
  }
  const typed = !s.coMentions && !fallback;
  const remaining: Record<string, number> = {};
  for (const { id, times } of s.expand) {
    for (let t = 0; t < times; t++) {
      key += `|${id}`;
      const visible = graph.nodes.map((n) => n.id);
      const body = { id, limit: EXPAND_PAGE, visible, ...(s.document && !s.path ? { document: s.document } : {}), ...(s.rejected ? { rejected: true } : {}), ...(typed ? { typed: true } : {}), ...(s.since ? { since: s.since } : {}), ...(s.until ? { until: s.until } : {}) };
      const more = await cached(`${key}${typed ? ":typed" : ""}`, () => request<ExpandResult>("/api/graph/expand", { method: "POST", body }));
      graph = mergeExpansion(graph, more);
      remaining[id] = more.remaining;
      if (more.remaining === 0) break;
    }
  }
  return { graph, remaining, paths, fallback };
}

/** After a correction: what was read before may have changed. */
export function clearGraphCache() {
  cache.clear();
}

/** The graph for a state; keeps showing the previous one while the next loads, retries by itself while unreachable. */
export function useGraphData(state: ExplorerState): [GraphLoad, () => void] {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; load: GraphLoad }>({ key: "", load: { kind: "loading", data: null } });
  const key = `${graphKey(state)}#${attempt}`;

  useEffect(() => {
    let cancelled = false;
    build(state)
      .then((data) => {
        if (!cancelled) setResult({ key, load: { kind: "ready", data } });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const status = err instanceof RequestError ? err.status : 0;
        const message = err instanceof Error ? err.message : String(err);
        setResult((prev) => {
          const data = prev.load.data;
          if (status === 0 || status === 503) return { key, load: { kind: "unreachable", message, data, retryInMs: RETRY_MS } };
          if (status === 404) return { key, load: { kind: "not-found", message, data: null } };
          return { key, load: { kind: "error", message, data } };
        });
      });
    return () => {
      cancelled = true;
    };
    // The key holds everything build() reads from the state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // While the graph is unreachable, try again by itself.
  const load = result.load;
  useEffect(() => {
    if (load.kind !== "unreachable") return;
    const timer = setTimeout(() => setAttempt((a) => a + 1), load.retryInMs);
    return () => clearTimeout(timer);
  }, [load]);

  // A new key shows the previous graph, marked as loading, until its own answer comes.
  const current: GraphLoad = result.key === key ? load : { kind: "loading", data: load.data };
  return [current, () => setAttempt((a) => a + 1)];
}

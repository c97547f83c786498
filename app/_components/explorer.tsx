"use client";
// The explorer island: loads the graph from the API, shows the canvas, the legend and the entity panel.
import dynamic from "next/dynamic";
import { useCallback, useEffect, useState } from "react";
import type { GraphView } from "@/lib/types";
import type { CuratedSelection } from "./entity-curation";
import { EntityPanel } from "./entity-panel";
import { RelationPanel } from "./relation-panel";
import { Legend } from "./legend";

const GraphCanvas = dynamic(() => import("./graph-canvas").then((m) => m.GraphCanvas), {
  ssr: false,
  loading: () => <div className="state">Loading the graph…</div>,
});

type LoadState = { kind: "loading" } | { kind: "ready"; graph: GraphView } | { kind: "unreachable"; message: string } | { kind: "error"; message: string };

const RETRY_MS = 5_000;

/** What the canvas shows and hides; all of it lives in the URL so a link reproduces the view. */
export interface ViewOptions {
  focus: string | null;
  depth: number;
  hiddenTypes: string[];
  coMentions: boolean;
  minConfidence: number;
  /** Show the relations a person rejected (hidden by default). */
  rejected?: boolean;
}

export const DEFAULT_VIEW: ViewOptions = { focus: null, depth: 1, hiddenTypes: [], coMentions: true, minConfidence: 0, rejected: false };

function writeViewParams(url: URL, view: ViewOptions) {
  for (const k of ["focus", "depth", "hide", "co", "minconf", "rejected"]) url.searchParams.delete(k);
  if (view.focus) {
    url.searchParams.set("focus", view.focus);
    if (view.depth !== 1) url.searchParams.set("depth", String(view.depth));
  }
  if (view.hiddenTypes.length) url.searchParams.set("hide", view.hiddenTypes.join(","));
  if (!view.coMentions) url.searchParams.set("co", "0");
  if (view.minConfidence > 0) url.searchParams.set("minconf", String(view.minConfidence));
  if (view.rejected) url.searchParams.set("rejected", "1");
}

async function fetchGraph(focus: string | null, depth: number, rejected = false): Promise<LoadState> {
  try {
    const params = new URLSearchParams();
    if (focus) {
      params.set("focus", focus);
      params.set("depth", String(depth));
    }
    if (rejected) params.set("rejected", "1");
    const query = params.size ? `?${params}` : "";
    const res = await fetch(`/api/graph${query}`, { cache: "no-store" });
    const body = await res.json().catch(() => null);
    if (res.status === 503) return { kind: "unreachable", message: body?.error?.message ?? "the graph database is unreachable" };
    if (!res.ok) return { kind: "error", message: body?.error?.message ?? `the server answered ${res.status}` };
    return { kind: "ready", graph: body as GraphView };
  } catch {
    return { kind: "unreachable", message: "the Sanad server cannot be reached" };
  }
}

/** What the details panel shows: an entity or a relation, mirrored in the URL (?entity= or ?relation=). */
export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string } | null;

function setSelectionParam(selection: Selection) {
  const url = new URL(window.location.href);
  url.searchParams.delete("entity");
  url.searchParams.delete("relation");
  if (selection) url.searchParams.set(selection.kind, selection.id);
  window.history.replaceState(null, "", url);
}

export function Explorer({ initialSelection, initialView }: { initialSelection: Selection; initialView: ViewOptions }) {
  const [state, setState] = useState<LoadState>({ kind: "loading" });
  const [selected, setSelected] = useState<Selection>(initialSelection);
  const [view, setView] = useState<ViewOptions>(initialView);

  const load = useCallback(async () => {
    setState(await fetchGraph(view.focus, view.depth, view.rejected));
  }, [view.focus, view.depth, view.rejected]);

  useEffect(() => {
    // The state update happens after the fetch resolves.
    fetchGraph(view.focus, view.depth, view.rejected).then(setState);
  }, [view.focus, view.depth, view.rejected]);

  const changeView = useCallback((next: Partial<ViewOptions>) => {
    setView((current) => {
      const merged = { ...current, ...next };
      const url = new URL(window.location.href);
      writeViewParams(url, merged);
      window.history.replaceState(null, "", url);
      return merged;
    });
  }, []);

  // While the graph is unreachable, retry by itself.
  useEffect(() => {
    if (state.kind !== "unreachable") return;
    const timer = setTimeout(load, RETRY_MS);
    return () => clearTimeout(timer);
  }, [state, load]);

  const select = useCallback((selection: Selection) => {
    setSelected(selection);
    setSelectionParam(selection);
  }, []);

  // After a correction the graph is read again; a merge or an added relation moves the selection to what remains.
  const curated = useCallback(
    (next?: CuratedSelection) => {
      void load();
      if (next) select(next);
    },
    [load, select],
  );

  return (
    <main className={`explorer${selected ? "" : " no-panel"}`}>
      <section className="canvas-wrap" aria-label="Knowledge graph">
        {state.kind === "loading" && <div className="state">Loading the graph…</div>}
        {state.kind === "unreachable" && (
          <div className="state error" role="alert" data-testid="graph-unreachable">
            <div>
              <p>
                <strong>The graph is unreachable.</strong> {state.message}.
              </p>
              <p>Retrying every {RETRY_MS / 1000} seconds…</p>
              <button type="button" onClick={load}>
                Retry now
              </button>
            </div>
          </div>
        )}
        {state.kind === "error" && (
          <div className="state error" role="alert">
            <p>Could not load the graph: {state.message}</p>
          </div>
        )}
        {state.kind === "ready" && state.graph.nodes.length === 0 && (
          <div className="state" data-testid="graph-empty">
            <div>
              <p>
                <strong>The graph is empty.</strong>
              </p>
              <p>
                <a href="/add">Add an article</a>, or run <code>npm run seed -- path/to/article.txt</code>.
              </p>
            </div>
          </div>
        )}
        {state.kind === "ready" && state.graph.nodes.length > 0 && (
          <>
            <GraphCanvas graph={state.graph} selected={selected} onSelect={select} view={view} />
            <Legend types={[...new Set(state.graph.nodes.map((n) => n.type))]} view={view} onChange={changeView} />
            {view.focus && (
              <p className="focus-banner" data-testid="focus-banner">
                Showing the neighbourhood of <strong>{state.graph.nodes.find((n) => n.id === view.focus)?.label ?? view.focus}</strong>, depth{" "}
                <select aria-label="Depth" value={view.depth} onChange={(e) => changeView({ depth: Number(e.target.value) })}>
                  {[1, 2, 3].map((d) => (
                    <option key={d}>{d}</option>
                  ))}
                </select>{" "}
                <button type="button" onClick={() => changeView({ focus: null, depth: 1 })}>
                  Show everything
                </button>
              </p>
            )}
            <p className="status-line">
              {state.graph.nodes.length} entities, {state.graph.edges.length} relations
              {state.graph.truncated ? ` (of ${state.graph.total.nodes} and ${state.graph.total.edges}: showing the most connected)` : ""}
            </p>
          </>
        )}
      </section>
      {selected?.kind === "entity" && <EntityPanel id={selected.id} onClose={() => select(null)} onFocus={(id) => changeView({ focus: id })} onCurated={curated} />}
      {selected?.kind === "relation" && <RelationPanel id={selected.id} onClose={() => select(null)} onSelectEntity={(id) => select({ kind: "entity", id })} onCurated={curated} />}
    </main>
  );
}

"use client";
// The explorer island: the graph, its search, paths, filters and details panel, and the reader beside it.
// The URL is the single source of truth: every change pushes a history entry, so a link reproduces the view and
// back/forward walk through it.
import type { Core } from "cytoscape";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import type { DocumentDetails, DocumentSummary } from "@/lib/graph/document-reads";
import type { GraphView, SentenceHit } from "@/lib/types";
import { CanvasControls } from "@/app/_components/canvas/canvas-controls";
import type { VisibleElements } from "@/app/_components/canvas/graph-canvas";
import { GraphList } from "./graph-list";
import { DocumentReader } from "@/app/_components/evidence/document-reader";
import type { CuratedSelection } from "@/app/_components/curation/entity-curation";
import { EntityPanel } from "@/app/_components/evidence/entity-panel";
import { graphStatus } from "./graph-status";
import { parseState, toSearch, withBase, type ExplorerState, type Selection } from "./explorer-state";
import { Legend, type FilterState } from "./legend";
import { PathForm } from "./path-form";
import { pathSteps } from "./path-steps";
import { stepConnector } from "@/app/_components/shared/relation-words";
import { RelationPanel } from "@/app/_components/evidence/relation-panel";
import { SearchBox } from "./search-box";
import { useApi } from "@/app/_components/api/use-api";
import { clearGraphCache, useGraphData, type GraphData } from "./use-graph-data";
import { setUrl, useUrlSearch } from "./use-url-search";

export type { Selection } from "./explorer-state";

const GraphCanvas = dynamic(() => import("@/app/_components/canvas/graph-canvas").then((m) => m.GraphCanvas), {
  ssr: false,
  loading: () => <div className="state">Loading the graph…</div>,
});

/** The entities a sentence mentions and the relations its evidence supports, to light up on the canvas. */
function sentenceHighlight(doc: DocumentDetails, index: number) {
  const s = doc.sentenceSpans.find((x) => x.index === index);
  if (!s) return null;
  return {
    nodes: [...new Set(doc.mentionSpans.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.entityId))],
    edges: [...new Set(doc.evidenceSpans.filter((e) => e.sentenceIndex === index).map((e) => e.relationId))],
  };
}

/** Neighbours of `id` that hang on it alone through the edges on screen: what "collapse" hides. */
function leaves(graph: GraphView, id: string, state: ExplorerState) {
  const hiddenType = new Set(graph.nodes.filter((n) => state.hiddenTypes.includes(n.type)).map((n) => n.id));
  const visible = new Set(graph.nodes.map((n) => n.id).filter((n) => !state.hidden.includes(n) && !hiddenType.has(n)));
  const around = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    if (!visible.has(e.source) || !visible.has(e.target)) continue;
    if ((e.type === "CO_MENTIONED" ? !state.coMentions : state.hiddenRelations.includes(e.type)) || e.confidence < state.minConfidence) continue;
    around.set(e.source, (around.get(e.source) ?? new Set()).add(e.target));
    around.set(e.target, (around.get(e.target) ?? new Set()).add(e.source));
  }
  return [...(around.get(id) ?? [])].filter((n) => [...(around.get(n) ?? [])].every((m) => m === id));
}

export function Explorer({ search: serverSearch }: { search: string }) {
  const search = useUrlSearch(serverSearch);
  const state = useMemo(() => parseState(new URLSearchParams(search)), [search]);
  const [load, retry] = useGraphData(state);
  const [cy, setCy] = useState<Core | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [visible, setVisible] = useState<VisibleElements | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [pathForm, setPathForm] = useState<{ open: boolean; from: { id: string; name: string } | null }>({ open: false, from: null });
  const documents = useApi<{ documents: DocumentSummary[] }>("/api/documents");
  const reader = useApi<DocumentDetails>(state.reader ? `/api/documents/${encodeURIComponent(state.reader)}` : null);

  const navigate = useCallback(
    (next: ExplorerState, opts: { replace?: boolean } = {}) => {
      const to = toSearch(next);
      if (to === toSearch(state)) return;
      setUrl(`${window.location.pathname}${to}`, opts);
    },
    [state],
  );

  const data: GraphData | null = load.data;
  const graph = data?.graph ?? null;
  const inGraph = useCallback((id: string) => !!graph?.nodes.some((n) => n.id === id), [graph]);

  const select = useCallback((selection: Selection) => navigate({ ...state, selection }), [navigate, state]);
  const expand = useCallback(
    (id: string) => {
      const current = state.expand.find((e) => e.id === id);
      const expandList = current ? state.expand.map((e) => (e.id === id ? { ...e, times: e.times + 1 } : e)) : [...state.expand, { id, times: 1 }];
      if (current && data?.remaining[id] === 0) return;
      navigate({ ...state, expand: expandList, hidden: state.hidden.filter((h) => h !== id) });
    },
    [data, navigate, state],
  );
  const hide = useCallback(
    (ids: string[]) => {
      if (!ids.length) return;
      const selection = state.selection?.kind === "entity" && ids.includes(state.selection.id) ? null : state.selection;
      navigate({ ...state, selection, hidden: [...new Set([...state.hidden, ...ids])] });
    },
    [navigate, state],
  );
  const pickEntity = useCallback(
    (id: string) => {
      // An entity outside the current graph comes into view with its neighbourhood.
      if (inGraph(id) || load.kind !== "ready") navigate({ ...state, selection: { kind: "entity", id }, hidden: state.hidden.filter((h) => h !== id) });
      else navigate({ ...withBase(state, { focus: id, path: null }), selection: { kind: "entity", id } });
    },
    [inGraph, load.kind, navigate, state],
  );
  const openSentence = useCallback((doc: string, sentence: number | null) => navigate({ ...state, reader: doc, sentence }), [navigate, state]);
  const changeFilters = useCallback(
    (next: Partial<FilterState>, opts?: { replace?: boolean }) => {
      const merged = { ...state, ...next };
      // Another document filter builds another graph: expansions and hidden nodes belonged to the old one.
      navigate("document" in next && next.document !== state.document ? withBase(merged, {}) : merged, opts);
    },
    [navigate, state],
  );

  const highlight = useMemo(() => {
    if (state.reader && state.sentence !== null && reader.kind === "ready") return sentenceHighlight(reader.data, state.sentence);
    return null;
  }, [reader, state.reader, state.sentence]);

  // Names come from the graph shown, else from the paths' ends (a view with no path still names what it looked for).
  const name = (id: string) => graph?.nodes.find((n) => n.id === id)?.label ?? (data?.paths?.ends.from.id === id ? data.paths.ends.from.name : data?.paths?.ends.to.id === id ? data.paths.ends.to.name : id);
  const coMentionCount = useMemo(() => (graph?.edges ?? []).filter((e) => e.type === "CO_MENTIONED").length, [graph]);
  // Co-mentions show when asked for, and when the view has nothing else: a focus with no typed relation, or no typed
  // relation at all among the entities read.
  const coFallback = !state.coMentions && !!graph && (!!data?.fallback || (coMentionCount > 0 && coMentionCount === graph.edges.length));
  // Entities shown even with no relation on screen: what the view is about.
  const keep = useMemo(
    () => [state.selection?.kind === "entity" ? state.selection.id : null, state.focus, state.path?.from, state.path?.to].filter((x): x is string => !!x),
    [state.selection, state.focus, state.path],
  );
  const relationTypes = useMemo(() => [...new Set((graph?.edges ?? []).map((e) => e.type).filter((t) => t !== "CO_MENTIONED"))].sort(), [graph]);
  const types = useMemo(() => [...new Set((graph?.nodes ?? []).map((n) => n.type))], [graph]);
  const expanded = state.expand.filter((e) => (data?.remaining[e.id] ?? 0) > 0 && !state.hidden.includes(e.id));
  const selectedEntity = state.selection?.kind === "entity" ? state.selection.id : null;
  const layoutClass = `explorer${state.selection ? "" : " no-panel"}${state.reader ? " with-reader" : ""}`;

  // After a correction the graph is read again; a merge or an added relation moves the selection to what remains.
  const curated = useCallback(
    (next?: CuratedSelection) => {
      clearGraphCache();
      if (next !== undefined) navigate({ ...state, selection: next });
      retry();
    },
    [navigate, retry, state],
  );

  return (
    <main className={layoutClass}>
      {state.reader && (
        <DocumentReader
          state={reader}
          sentence={state.sentence}
          relation={state.selection?.kind === "relation" ? state.selection.id : null}
          entity={selectedEntity}
          filtered={state.document === state.reader}
          onClose={() => navigate({ ...state, reader: null, sentence: null })}
          onSelectSentence={(sentence) => navigate({ ...state, sentence })}
          onHoverEntity={setHovered}
          onPickEntity={pickEntity}
          onFilter={(on) => changeFilters({ document: on ? state.reader : null })}
        />
      )}
      <section className="canvas-wrap" aria-label="Knowledge graph" aria-busy={load.kind === "loading"}>
        <div className="canvas-tools">
          <SearchBox onPickEntity={pickEntity} onPickSentence={(hit: SentenceHit) => openSentence(hit.document.id, hit.sentence.index)} />
          <button
            type="button"
            className="tool"
            aria-expanded={pathForm.open}
            onClick={() => setPathForm((p) => ({ open: !p.open, from: selectedEntity ? { id: selectedEntity, name: name(selectedEntity) } : null }))}
          >
            Paths
          </button>
          <CanvasControls cy={cy} />
        </div>
        <Banners state={state} load={load} data={data} name={name} onRetry={retry} navigate={navigate} onSelect={select}>
          {coFallback && (
            <p className="banner notice" role="status" data-testid="co-fallback">
              {state.focus ? <strong>{name(state.focus)}</strong> : "This view"} has no typed relation
              {state.focus ? "" : " among the entities shown"}: its co-mentions (names in the same sentences, with no direction) are shown instead.
            </p>
          )}
        </Banners>
        <div className="stage-grid">
          <div className="stage">
          {pathForm.open && (
            <PathForm
              key={pathForm.from?.id ?? ""}
              initialFrom={pathForm.from}
              onClose={() => setPathForm({ open: false, from: null })}
              onSubmit={(from, to) => {
                setPathForm({ open: false, from: null });
                navigate({ ...withBase(state, { path: { from, to }, focus: null }), selection: null });
              }}
            />
          )}
          <CanvasArea state={state} load={load} data={data} name={name} visibleCount={visible ? visible.nodes.length : null} navigate={navigate} onRetry={retry} />
          {graph && graph.nodes.length > 0 && (
            <GraphCanvas
              graph={graph}
              selected={state.selection}
              filters={{ hiddenTypes: state.hiddenTypes, hiddenRelations: state.hiddenRelations, coMentions: state.coMentions || coFallback, minConfidence: state.minConfidence, hidden: state.hidden, keep }}
              highlight={highlight}
              hovered={hovered}
              onSelect={select}
              onExpand={expand}
              onCy={setCy}
              onVisible={setVisible}
              labelEdges={!!state.path}
              label={graph ? `Knowledge graph: ${graphStatus(graph, visible ? { nodes: visible.nodes.length, edges: visible.edges.length } : null)}` : "Knowledge graph"}
            />
          )}
          </div>
          {graph && (
            <Legend
              types={types}
              relationTypes={relationTypes}
              coMentionCount={coMentionCount}
              coFallback={coFallback}
              documents={documents.kind === "ready" ? documents.data.documents : []}
              filters={state}
              onChange={changeFilters}
              defaultOpen={!(state.reader && state.selection)}
            />
          )}
          {graph && (
            <div className="status-line" data-testid="status-line">
              <span data-testid="graph-counter">
                {load.kind === "loading" ? "Loading… · " : ""}
                {graphStatus(graph, visible ? { nodes: visible.nodes.length, edges: visible.edges.length } : null)}
              </span>
              {!state.coMentions && !coFallback && coMentionCount > 0 && (
                <button type="button" onClick={() => changeFilters({ coMentions: true })} title="Co-mentions: two names in the same sentences">
                  + {coMentionCount} co-mentions
                </button>
              )}
              {expanded.map((e) => (
                <button key={e.id} type="button" onClick={() => expand(e.id)} aria-label={`Show ${data?.remaining[e.id]} more neighbours of ${name(e.id)}`}>
                  {name(e.id)}: +{data?.remaining[e.id]} more
                </button>
              ))}
              {state.hidden.length > 0 && (
                <button type="button" onClick={() => navigate({ ...state, hidden: [] })}>
                  {state.hidden.length} hidden · show
                </button>
              )}
              <button type="button" className="list-toggle" aria-expanded={listOpen} aria-controls="graph-list" onClick={() => setListOpen(!listOpen)}>
                List view
              </button>
            </div>
          )}
          {graph && listOpen && visible && <GraphList id="graph-list" graph={graph} visible={visible} selected={state.selection} onSelect={select} />}
        </div>
      </section>
      {state.selection?.kind === "entity" && (
        <EntityPanel
          key={state.selection.id}
          id={state.selection.id}
          onClose={() => select(null)}
          onOpenSentence={openSentence}
          onCurated={curated}
          canvas={{
            onFocus: (id) => navigate({ ...withBase(state, { focus: id, path: null }), selection: { kind: "entity", id } }),
            onExpand: expand,
            onHide: (id) => hide([id]),
            onCollapse: (id) => graph && hide(leaves(graph, id, state)),
            onPaths: (id, entityName) => setPathForm({ open: true, from: { id, name: entityName } }),
            onSelectRelation: (id) => select({ kind: "relation", id }),
            remaining: state.expand.some((e) => e.id === state.selection?.id) ? data?.remaining[state.selection.id] ?? 0 : undefined,
            inGraph: inGraph(state.selection.id),
          }}
        />
      )}
      {state.selection?.kind === "relation" && (
        <RelationPanel
          key={state.selection.id}
          id={state.selection.id}
          onClose={() => select(null)}
          onSelectEntity={pickEntity}
          onSelectRelation={(id) => select({ kind: "relation", id })}
          onOpenSentence={openSentence}
          onCurated={curated}
        />
      )}
    </main>
  );
}

type Navigate = (next: ExplorerState, opts?: { replace?: boolean }) => void;

/** What the canvas shows instead of (or over) the graph: loading, nothing found, empty, unreachable. */
function CanvasArea({ state, load, data, name, visibleCount, navigate, onRetry }: { state: ExplorerState; load: ReturnType<typeof useGraphData>[0]; data: GraphData | null; name: (id: string) => string; visibleCount: number | null; navigate: Navigate; onRetry: () => void }) {
  const everything = () => navigate({ ...withBase(state, { focus: null, path: null, document: null }), selection: null });
  if (!data) {
    if (load.kind === "loading") return <div className="state">Loading the graph…</div>;
    if (load.kind === "unreachable")
      return (
        <div className="state error" role="alert" data-testid="graph-unreachable">
          <div>
            <p>
              <strong>The graph cannot be loaded</strong> ({load.message}).
            </p>
            <p>Retrying every {load.retryInMs / 1000} seconds…</p>
            <button type="button" onClick={onRetry}>
              Retry now
            </button>
          </div>
        </div>
      );
    if (load.kind === "not-found")
      return (
        <div className="state" data-testid="graph-not-found">
          <div>
            <p>
              <strong>Nothing found:</strong> {load.message}.
            </p>
            <button type="button" onClick={everything}>
              Show everything
            </button>
          </div>
        </div>
      );
    if (load.kind === "error")
      return (
        <div className="state error" role="alert">
          <p>Could not load the graph: {load.message}</p>
        </div>
      );
    return null;
  }
  if (data.graph.nodes.length === 0) {
    if (state.path)
      return (
        <div className="state" data-testid="no-path">
          <div>
            <p>
              <strong>No path</strong> between {name(state.path.from)} and {name(state.path.to)} within 6 relations
              {state.coMentions ? "" : " (co-mentions are filtered out: they may connect them)"}.
            </p>
          </div>
        </div>
      );
    if (state.document || state.focus)
      return (
        <div className="state" data-testid="graph-not-found">
          <div>
            <p>
              <strong>Nothing found</strong> for this view.
            </p>
            <button type="button" onClick={everything}>
              Show everything
            </button>
          </div>
        </div>
      );
    return (
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
    );
  }
  if (visibleCount === 0)
    return (
      <div className="state overlay" data-testid="all-filtered">
        <div>
          <p>
            <strong>Nothing matches the filters.</strong>
          </p>
          <button type="button" onClick={() => navigate({ ...state, hiddenTypes: [], hiddenRelations: [], minConfidence: 0, hidden: [] })}>
            Reset the filters
          </button>
        </div>
      </div>
    );
  return null;
}

/** Banners over the canvas: unreachable (with data still shown), the focus, the paths. */
function Banners({
  state,
  load,
  data,
  name,
  onRetry,
  navigate,
  onSelect,
  children,
}: {
  children?: React.ReactNode;
  state: ExplorerState;
  load: ReturnType<typeof useGraphData>[0];
  data: GraphData | null;
  name: (id: string) => string;
  onRetry: () => void;
  navigate: Navigate;
  onSelect: (s: Selection) => void;
}) {
  return (
    <div className="banners">
      {children}
      {load.kind === "unreachable" && data && (
        <p className="banner error" role="alert" data-testid="graph-unreachable">
          <strong>The graph cannot be reloaded</strong> ({load.message}); showing what was loaded. Retrying every {load.retryInMs / 1000} s…{" "}
          <button type="button" onClick={onRetry}>
            Retry now
          </button>
        </p>
      )}
      {load.kind === "error" && data && (
        <p className="banner error" role="alert">
          {load.message}
        </p>
      )}
      {state.focus && !state.path && (
        <p className="focus-banner" data-testid="focus-banner">
          Neighbourhood of <strong>{name(state.focus)}</strong>, depth{" "}
          <select aria-label="Depth" value={state.depth} onChange={(e) => navigate(withBase(state, { depth: Number(e.target.value) }))}>
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>{" "}
          <button type="button" onClick={() => navigate(withBase(state, { focus: null, depth: 1 }))}>
            Show everything
          </button>
        </p>
      )}
      {state.path && (
        <div className="focus-banner path-banner" data-testid="path-banner">
          <p>
            Shortest paths from <strong>{name(state.path.from)}</strong> to <strong>{name(state.path.to)}</strong>
            {data?.paths?.length
              ? `: ${data.paths.paths.length}${data.paths.truncated ? "+" : ""} path${data.paths.paths.length === 1 && !data.paths.truncated ? "" : "s"} of ${data.paths.length} relation${data.paths.length === 1 ? "" : "s"}`
              : ""}
            {data?.paths?.truncated ? ` (showing the first ${data.paths.paths.length})` : ""}{" "}
            <label className="filter">
              <input type="checkbox" checked={state.coMentions} onChange={(e) => navigate({ ...withBase(state, {}), coMentions: e.target.checked })} /> through co-mentions
            </label>{" "}
            <button type="button" onClick={() => navigate({ ...withBase(state, { path: null }), selection: null })}>
              Clear
            </button>
          </p>
          {data?.paths && data.paths.paths.length > 0 && (
            <ol className="path-list">
              {data.paths.paths.map((p, i) => (
                <li key={i} data-testid="path">
                  <button type="button" className="link" onClick={() => onSelect({ kind: "entity", id: p.nodes[0]! })}>
                    {name(p.nodes[0]!)}
                  </button>
                  {pathSteps(p, data.graph.edges).map((step) => {
                    const { before, after } = stepConnector(step.type, step.direction);
                    return (
                      <span key={step.edge}>
                        {" "}
                        <button
                          type="button"
                          className="rel-type step"
                          data-testid="path-step"
                          data-direction={step.direction}
                          onClick={() => onSelect({ kind: "relation", id: step.edge })}
                          aria-label={`Evidence of ${name(step.source)} ${step.type} ${name(step.target)}`}
                          title={`${name(step.source)} ${step.type} ${name(step.target)}: open its evidence`}
                        >
                          <span aria-hidden>{before} </span>
                          {step.type}
                          <span aria-hidden> {after}</span>
                        </button>{" "}
                        <button type="button" className="link" onClick={() => onSelect({ kind: "entity", id: step.to })}>
                          {name(step.to)}
                        </button>
                      </span>
                    );
                  })}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}

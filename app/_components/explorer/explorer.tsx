"use client";
// The explorer island: the graph, its search, paths, filters and details panel, and the reader beside it.
// The URL is the single source of truth: every change pushes a history entry, so a link reproduces the view and
// back/forward walk through it.
import { ErrorText } from "@/app/_components/shared/error-text";
import type { Core } from "cytoscape";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { DocumentDetails, DocumentSummary } from "@/lib/graph/document-reads";
import type { GraphView, SentenceHit } from "@/lib/types";
import { CanvasControls } from "@/app/_components/canvas/canvas-controls";
import type { VisibleElements } from "@/app/_components/canvas/graph-canvas";
import { GraphList } from "./graph-list";
import { DocumentReader } from "@/app/_components/evidence/document-reader";
import type { CuratedSelection } from "@/app/_components/curation/entity-curation";
import { EntityPanel } from "@/app/_components/evidence/entity-panel";
import { graphStatus, type StatusWords } from "./graph-status";
import { parseState, rangeParams, toSearch, withBase, type ExplorerState, type Selection } from "./explorer-state";
import { DateRange } from "./date-range";
import { Legend, type FilterState } from "./legend";
import { PathForm } from "./path-form";
import { pathSteps } from "./path-steps";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import { displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";
import { richTags } from "@/app/_components/shared/rich-text";
import { RelationPanel } from "@/app/_components/evidence/relation-panel";
import { SearchBox } from "./search-box";
import { useApi } from "@/app/_components/api/use-api";
import { clearGraphCache, useGraphData, type GraphData } from "./use-graph-data";
import { setUrl, useUrlSearch } from "./use-url-search";

export type { Selection } from "./explorer-state";

const loadCanvas = () => import("@/app/_components/canvas/graph-canvas");
const GraphCanvas = dynamic(() => loadCanvas().then((m) => m.GraphCanvas), {
  ssr: false,
  loading: () => <LoadingGraph />,
});

function LoadingGraph() {
  const t = useTranslations("explorer");
  return <div className="state">{t("loadingGraph")}</div>;
}

/** A name as an isolated span, marked with its language when it is not the page's. */
function Named({ name }: { name: { text: string; lang: string } }) {
  const locale = useInterfaceLocale();
  return <bdi lang={name.lang === locale ? undefined : name.lang}>{name.text}</bdi>;
}

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
  // The canvas's code (cytoscape, fcose) loads while the graph is read, not after it arrives.
  useEffect(() => void loadCanvas(), []);
  const [cy, setCy] = useState<Core | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const [visible, setVisible] = useState<VisibleElements | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [pathForm, setPathForm] = useState<{ open: boolean; from: { id: string; name: string } | null }>({ open: false, from: null });
  const documents = useApi<{ documents: DocumentSummary[] }>("/api/documents?limit=200");
  const t = useTranslations("explorer");
  const tStatus = useTranslations("graphStatus");
  const locale = useInterfaceLocale();
  const formatter = useFormatter();
  const formatNumber = (n: number) => formatter.number(n);
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
  const named = (id: string): { text: string; lang: string } => {
    const node = graph?.nodes.find((n) => n.id === id);
    if (node) return displayName(locale, node.label, node.labelAr);
    const end = data?.paths?.ends.from.id === id ? data.paths.ends.from : data?.paths?.ends.to.id === id ? data.paths.ends.to : null;
    return end ? displayName(locale, end.name) : { text: id, lang: "en" };
  };
  const name = (id: string) => named(id).text;
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
      <section className="canvas-wrap" aria-label={t("graphRegion")} aria-busy={load.kind === "loading"}>
        <div className="canvas-tools">
          <SearchBox onPickEntity={pickEntity} onPickSentence={(hit: SentenceHit) => openSentence(hit.document.id, hit.sentence.index)} />
          <button
            type="button"
            className="tool"
            aria-expanded={pathForm.open}
            onClick={() => setPathForm((p) => ({ open: !p.open, from: selectedEntity ? { id: selectedEntity, name: name(selectedEntity) } : null }))}
          >
            {t("paths")}
          </button>
          <DateRange since={state.since} until={state.until} onChange={(range) => navigate(withBase(state, range))} />
          <CanvasControls cy={cy} />
        </div>
        <Banners state={state} load={load} data={data} named={named} onRetry={retry} navigate={navigate} onSelect={select}>
          {coFallback && (
            <p className="banner notice" role="status" data-testid="co-fallback">
              {state.focus
                ? t.rich("coFallbackFocus", { name: name(state.focus), strong: (c) => <strong lang={named(state.focus!).lang === locale ? undefined : named(state.focus!).lang}>{c}</strong> })
                : t("coFallbackView")}
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
          <CanvasArea state={state} load={load} data={data} named={named} visibleCount={visible ? visible.nodes.length : null} navigate={navigate} onRetry={retry} />
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
              label={graph ? t("graphRegionWith", { status: graphStatus(tStatus as unknown as StatusWords, graph, visible ? { nodes: visible.nodes.length, edges: visible.edges.length } : null, formatNumber) }) : t("graphRegion")}
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
                {load.kind === "loading" ? t("loadingPrefix") : ""}
                {graphStatus(tStatus as unknown as StatusWords, graph, visible ? { nodes: visible.nodes.length, edges: visible.edges.length } : null, formatNumber)}
              </span>
              {!state.coMentions && !coFallback && coMentionCount > 0 && (
                <button type="button" onClick={() => changeFilters({ coMentions: true })} title={t("coMentionsTitle")}>
                  {t("showCoMentions", { count: coMentionCount })}
                </button>
              )}
              {expanded.map((e) => (
                <button key={e.id} type="button" onClick={() => expand(e.id)} aria-label={t("moreNeighboursLabel", { count: data?.remaining[e.id] ?? 0, name: name(e.id) })}>
                  {t.rich("moreNeighbours", { count: data?.remaining[e.id] ?? 0, name: () => <Named name={named(e.id)} /> })}
                </button>
              ))}
              {state.hidden.length > 0 && (
                <button type="button" onClick={() => navigate({ ...state, hidden: [] })}>
                  {t("hiddenShow", { count: state.hidden.length })}
                </button>
              )}
              <button type="button" className="list-toggle" aria-expanded={listOpen} aria-controls="graph-list" onClick={() => setListOpen(!listOpen)}>
                {t("listView")}
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
          key={`${state.selection.id}?${rangeParams(state)}`}
          id={state.selection.id}
          range={rangeParams(state)}
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
function CanvasArea({ state, load, data, named, visibleCount, navigate, onRetry }: { state: ExplorerState; load: ReturnType<typeof useGraphData>[0]; data: GraphData | null; named: (id: string) => { text: string; lang: string }; visibleCount: number | null; navigate: Navigate; onRetry: () => void }) {
  const t = useTranslations("explorer");
  const tRange = useTranslations("dateRange");
  const everything = () => navigate({ ...withBase(state, { focus: null, path: null, document: null }), selection: null });
  if (!data) {
    if (load.kind === "loading") return <div className="state">{t("loadingGraph")}</div>;
    if (load.kind === "unreachable")
      return (
        <div className="state error" role="alert" data-testid="graph-unreachable">
          <div>
            <p>
              <strong>{t("unreachableTitle")}</strong> (<ErrorText code="graph_unavailable" message={load.message} />).
            </p>
            <p>{t("retryingEvery", { seconds: load.retryInMs / 1000 })}</p>
            <button type="button" onClick={onRetry}>
              {t("retryNow")}
            </button>
          </div>
        </div>
      );
    if (load.kind === "not-found")
      return (
        <div className="state" data-testid="graph-not-found">
          <div>
            <p>
              <strong>{t("nothingFound")}</strong> <ErrorText code="not_found" message={load.message} />
            </p>
            <button type="button" onClick={everything}>
              {t("showEverything")}
            </button>
          </div>
        </div>
      );
    if (load.kind === "error")
      return (
        <div className="state error" role="alert">
          <p>{t.rich("couldNotLoad", { message: () => <ErrorText message={load.message} /> })}</p>
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
              {t.rich("noPath", { ...richTags, from: () => <Named name={named(state.path!.from)} />, to: () => <Named name={named(state.path!.to)} /> })}
              {state.coMentions ? "" : t("noPathCoFiltered")}.
            </p>
          </div>
        </div>
      );
    if (state.since || state.until)
      return (
        <div className="state" data-testid="graph-empty-range">
          <div>
            <p>{t("emptyRange")}</p>
            <button type="button" onClick={() => navigate(withBase(state, { since: null, until: null }))}>
              {tRange("clear")}
            </button>
          </div>
        </div>
      );
    if (state.document || state.focus)
      return (
        <div className="state" data-testid="graph-not-found">
          <div>
            <p>{t.rich("nothingForView", richTags)}</p>
            <button type="button" onClick={everything}>
              {t("showEverything")}
            </button>
          </div>
        </div>
      );
    return (
      <div className="state" data-testid="graph-empty">
        <div>
          <p>
            <strong>{t("emptyGraph")}</strong>
          </p>
          <p>{t.rich("emptyGraphHint", { ...richTags, add: (c) => <a href="/add">{c}</a> })}</p>
        </div>
      </div>
    );
  }
  if (visibleCount === 0)
    return (
      <div className="state overlay" data-testid="all-filtered">
        <div>
          <p>
            <strong>{t("nothingMatchesFilters")}</strong>
          </p>
          <button type="button" onClick={() => navigate({ ...state, hiddenTypes: [], hiddenRelations: [], minConfidence: 0, hidden: [] })}>
            {t("resetFilters")}
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
  named,
  onRetry,
  navigate,
  onSelect,
  children,
}: {
  children?: React.ReactNode;
  state: ExplorerState;
  load: ReturnType<typeof useGraphData>[0];
  data: GraphData | null;
  named: (id: string) => { text: string; lang: string };
  onRetry: () => void;
  navigate: Navigate;
  onSelect: (s: Selection) => void;
}) {
  const t = useTranslations("explorer");
  const wording = useRelationWording();
  const name = (id: string) => named(id).text;
  return (
    <div className="banners">
      {children}
      {load.kind === "unreachable" && data && (
        <p className="banner error" role="alert" data-testid="graph-unreachable">
          {t.rich("cannotReload", { ...richTags, message: () => <ErrorText code="graph_unavailable" message={load.message} />, seconds: load.retryInMs / 1000 })}{" "}
          <button type="button" onClick={onRetry}>
            {t("retryNow")}
          </button>
        </p>
      )}
      {load.kind === "error" && data && (
        <p className="banner error" role="alert">
          <ErrorText message={load.message} />
        </p>
      )}
      {state.focus && !state.path && (
        <p className="focus-banner" data-testid="focus-banner">
          {t.rich("neighbourhoodOf", { strong: () => <strong><Named name={named(state.focus!)} /></strong> })}{" "}
          <select aria-label={t("depth")} value={state.depth} onChange={(e) => navigate(withBase(state, { depth: Number(e.target.value) }))}>
            {[1, 2, 3].map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>{" "}
          <button type="button" onClick={() => navigate(withBase(state, { focus: null, depth: 1 }))}>
            {t("showEverything")}
          </button>
        </p>
      )}
      {state.path && (
        <div className="focus-banner path-banner" data-testid="path-banner">
          <p>
            {t.rich("shortestPaths", {
              from: () => <strong><Named name={named(state.path!.from)} /></strong>,
              to: () => <strong><Named name={named(state.path!.to)} /></strong>,
            })}
            {data?.paths?.length
              ? t(data.paths.truncated ? "pathsFoundMore" : "pathsFound", { paths: data.paths.paths.length, length: data.paths.length })
              : ""}
            {data?.paths?.truncated ? t("showingFirst", { count: data.paths.paths.length }) : ""}{" "}
            <label className="filter">
              <input type="checkbox" checked={state.coMentions} onChange={(e) => navigate({ ...withBase(state, {}), coMentions: e.target.checked })} /> {t("throughCoMentions")}
            </label>{" "}
            <button type="button" onClick={() => navigate({ ...withBase(state, { path: null }), selection: null })}>
              {t("clear")}
            </button>
          </p>
          {data?.paths && data.paths.paths.length > 0 && (
            <ol className="path-list">
              {data.paths.paths.map((p, i) => (
                <li key={i} data-testid="path">
                  <button type="button" className="link" onClick={() => onSelect({ kind: "entity", id: p.nodes[0]! })}>
                    <Named name={named(p.nodes[0]!)} />
                  </button>
                  {pathSteps(p, data.graph.edges).map((step) => {
                    const { before, after } = wording.connector(step.type, step.direction);
                    const typeName = wording.typeName(step.type);
                    return (
                      <span key={step.edge}>
                        {" "}
                        <button
                          type="button"
                          className="rel-type step"
                          data-testid="path-step"
                          data-direction={step.direction}
                          onClick={() => onSelect({ kind: "relation", id: step.edge })}
                          aria-label={t("stepLabel", { source: name(step.source), type: typeName, target: name(step.target) })}
                          title={t("stepTitle", { source: name(step.source), type: typeName, target: name(step.target) })}
                        >
                          <span aria-hidden>{before} </span>
                          {typeName}
                          <span aria-hidden> {after}</span>
                        </button>{" "}
                        <button type="button" className="link" onClick={() => onSelect({ kind: "entity", id: step.to })}>
                          <Named name={named(step.to)} />
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

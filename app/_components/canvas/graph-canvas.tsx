"use client";
// The cytoscape canvas: entities coloured and shaped by type, relations labelled, filters and highlights as classes.
// It lays out once, then keeps the position of every placed node when the graph grows; it marks itself ready after each layout.
import { useTranslations } from "next-intl";
import { useRelationWording } from "@/app/_components/shared/relation-words";
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useMemo, useRef, useState } from "react";
import { typeStyle } from "@/lib/entity-types";
import { SYMMETRIC_TYPES } from "@/lib/graph/model";
import type { GraphView } from "@/lib/types";
import type { Selection } from "@/app/_components/explorer/explorer-state";
import { fitView } from "./canvas-controls";
import { CANVAS_FONT, EDGE_LABEL_ZOOM, LABEL_ZOOM, stylesheet } from "./graph-style";

cytoscape.use(fcose);

declare global {
  interface Window {
    cy?: Core;
  }
}

/** Above this many elements the canvas switches to cytoscape's WebGL renderer and cheaper styles. */
export const LARGE_GRAPH = 3_000;

export interface CanvasFilters {
  hiddenTypes: string[];
  hiddenRelations: string[];
  coMentions: boolean;
  minConfidence: number;
  hidden: string[];
  /** Entities that stay shown even with no relation on screen (the focus, the selection, a path's ends). */
  keep?: string[];
}

/** What the filters leave on screen: element ids. */
export interface VisibleElements {
  nodes: string[];
  edges: string[];
}

export interface GraphCanvasProps {
  graph: GraphView;
  /** Precomputed positions: laid out as given (preset), no force layout. */
  positions?: Record<string, { x: number; y: number }>;
  selected?: Selection;
  filters?: CanvasFilters;
  /** Elements to bring forward (a sentence's entities and relations, a path); the rest fades. */
  highlight?: { nodes: string[]; edges: string[] } | null;
  hovered?: string | null;
  onSelect?: (selection: Selection) => void;
  onExpand?: (id: string) => void;
  onCy?: (cy: Core | null) => void;
  /** Called whenever the filters or the graph change what is on screen. */
  onVisible?: (visible: VisibleElements) => void;
  /** Label every relation (a path view: few edges, each worth reading); otherwise labels show on hover, selection or zoom. */
  labelEdges?: boolean;
  /** Names the canvas for screen readers ("Knowledge graph"). */
  label?: string;
  /** "auto" (the default) switches to WebGL above LARGE_GRAPH elements; the benchmark pins one or the other. */
  renderer?: "auto" | "canvas" | "webgl";
}

/**
 * Whether WebGL would help: cytoscape's WebGL renderer needs WebGL 2, and on a software implementation (SwiftShader,
 * llvmpipe: headless browsers, machines without a GPU) it is far slower than the 2D canvas (docs/decisions.md).
 */
function hardwareWebgl() {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  } catch {
    return false;
  }
}

/** Fits a big graph from its node positions alone: cy.fit would measure every label first. */
function fitPositions(cy: Core, padding = 30) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  if (!Number.isFinite(x1)) return;
  const zoom = Math.min((cy.width() - 2 * padding) / Math.max(1, x2 - x1), (cy.height() - 2 * padding) / Math.max(1, y2 - y1), 1.2);
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 } });
}

const FCOSE = { name: "fcose", animate: false, nodeRepulsion: () => 90_000, idealEdgeLength: () => 200, edgeElasticity: () => 0.2, nodeSeparation: 140, padding: 30 } as const;

/** A small seeded generator (mulberry32): the same seed gives the same sequence. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs a layout with Math.random seeded from what it lays out. fcose (through cose-base) draws random numbers when it
 * places pruned leaves and relaxes constraints, so the same view came out differently on each load; with animate off
 * the layout runs synchronously inside run(), so the seeded generator is in place exactly while it computes.
 */
function runSeeded(layout: cytoscape.Layouts, key: string) {
  let seed = 2166136261;
  for (let i = 0; i < key.length; i++) seed = Math.imul(seed ^ key.charCodeAt(i), 16777619);
  const random = Math.random;
  Math.random = seededRandom(seed);
  try {
    layout.run();
  } finally {
    Math.random = random;
  }
}

/** The ids of what is on screen, in a stable order: the seed of a layout over them. */
const layoutKey = (cy: Core) =>
  cy
    .elements()
    .not(".filtered")
    .map((e) => e.id())
    .sort()
    .join(",");

/** The canvas's words in the interface language: names first in that language, type names, the rejected mark. */
interface CanvasWording {
  arabicFirst: boolean;
  typeName: (type: string) => string;
  entityType: (type: string) => string;
  rejected: (type: string) => string;
  coMentioned: string;
  describe: (name: string, type: string, count: number) => string;
}

function nodeData(n: GraphView["nodes"][number], maxDegree: number, wording: CanvasWording, large = false) {
  const size = 22 + 30 * Math.sqrt(n.degree / maxDegree);
  const style = typeStyle(n.type);
  return {
    id: n.id,
    label: n.label,
    labelAr: n.labelAr ?? "",
    display: n.labelAr ? (wording.arabicFirst ? `${n.labelAr}\n${n.label}` : `${n.label}\n${n.labelAr}`) : n.label,
    ...(wording.arabicFirst && n.labelAr ? { arabicFirst: true } : {}),
    type: n.type,
    degree: n.degree,
    color: style.color,
    shape: style.shape,
    // A big graph draws each node from a cached bitmap per distinct style: a few sizes keep that cache small.
    size: large ? 22 + 10 * Math.round((size - 22) / 10) : size,
  };
}

function edgeData(e: GraphView["edges"][number], wording: CanvasWording) {
  return {
    ...e,
    width: Math.min(8, 1 + Math.log2(1 + e.evidenceCount)),
    display: e.rejected ? wording.rejected(wording.typeName(e.type)) : wording.typeName(e.type),
    // The label drawn on the edge, in the interface language (a co-mention's when selected).
    typeName: e.type === "CO_MENTIONED" ? wording.coMentioned : wording.typeName(e.type),
    // Symmetric types carry no arrow: their stored direction is only the ids' order.
    ...(SYMMETRIC_TYPES.has(e.type) ? { symmetric: true } : {}),
  };
}

/** Deterministic start: most connected first, on a circle; a reload and a test see the same picture. */
function seedPositions(graph: GraphView): Map<string, { x: number; y: number }> {
  const nodes = [...graph.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const radius = 40 * Math.sqrt(nodes.length) + 60;
  return new Map(
    nodes.map((node, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
      const r = i === 0 ? 0 : radius * (0.5 + (0.5 * ((i * 7) % 11)) / 10);
      return [node.id, { x: r * Math.cos(angle), y: r * Math.sin(angle) }];
    }),
  );
}

/** A new node starts beside its placed neighbours (their centre, nudged outwards), so the layout only has to refine. */
function besideNeighbours(cy: Core, node: NodeSingular, i: number) {
  const placed = node.neighborhood("node").filter((n) => n.scratch("_placed") === true);
  const angle = i * 2.399963; // the golden angle spreads siblings evenly
  if (placed.empty()) {
    const bb = cy.nodes().filter((n) => n.scratch("_placed") === true).boundingBox();
    const r = Math.max(bb.w, bb.h) / 2 + 80;
    return { x: (bb.x1 + bb.x2) / 2 + r * Math.cos(angle), y: (bb.y1 + bb.y2) / 2 + r * Math.sin(angle) };
  }
  const c = { x: 0, y: 0 };
  placed.forEach((n) => {
    c.x += n.position("x") / placed.length;
    c.y += n.position("y") / placed.length;
  });
  const r = 90 + 12 * Math.sqrt(i);
  return { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle) };
}

/**
 * Label culling for a big graph: measuring thousands of labels costs more than drawing the graph, so only the nodes in
 * view get one, and only once zoomed in enough to read them (re-evaluated when the view settles).
 */
function labelInView(cy: Core) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const labelled = cy.nodes(".labelled");
    if (cy.zoom() < LABEL_ZOOM) {
      labelled.removeClass("labelled");
      return;
    }
    const ext = cy.extent();
    const inView = cy.nodes().filter((n) => {
      const { x, y } = n.position();
      return x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
    });
    cy.batch(() => {
      labelled.difference(inView).removeClass("labelled");
      inView.addClass("labelled");
    });
  };
  cy.on("viewport", () => {
    clearTimeout(timer);
    timer = setTimeout(update, 120);
  });
  cy.one("destroy", () => clearTimeout(timer));
}

/** Whether an edge passes the filters (its ends aside). */
function edgeShown(e: EdgeSingular, filters: CanvasFilters) {
  const type = e.data("type") as string;
  return !(type === "CO_MENTIONED" ? !filters.coMentions : filters.hiddenRelations.includes(type)) && (e.data("confidence") ?? 1) >= filters.minConfidence;
}

/**
 * Marks what the filters hide (class "filtered"). With co-mentions hidden, an entity left with no relation on screen
 * is hidden too (unless kept: the focus, the selection, a path's ends), so the canvas shows what relates and nothing
 * floats; the status line counts what is hidden.
 */
function applyFilters(cy: Core, filters: CanvasFilters | undefined, onVisible?: (visible: VisibleElements) => void) {
  if (!filters) return;
  const keep = new Set(filters.keep ?? []);
  cy.batch(() => {
    cy.elements(".filtered").removeClass("filtered");
    cy.nodes()
      .filter((n) => filters.hiddenTypes.includes(n.data("type")) || filters.hidden.includes(n.id()))
      .addClass("filtered");
    cy.edges()
      .filter((e) => !edgeShown(e, filters) || e.source().hasClass("filtered") || e.target().hasClass("filtered"))
      .addClass("filtered");
    if (!filters.coMentions)
      cy.nodes()
        .not(".filtered")
        .filter((n: NodeSingular) => !keep.has(n.id()) && n.connectedEdges().not(".filtered").empty())
        .addClass("filtered");
  });
  onVisible?.({ nodes: cy.nodes().not(".filtered").map((n) => n.id()), edges: cy.edges().not(".filtered").map((e) => e.id()) });
}

/**
 * Edge labels only where they can be read: on the selection and the relations of a selected or hovered entity, on a
 * highlight, everywhere when zoomed in (or when asked, in a path view). Piled labels around a hub said nothing.
 */
function applyEdgeLabels(cy: Core, all: boolean) {
  const zoomed = cy.zoom() >= EDGE_LABEL_ZOOM;
  cy.batch(() => {
    cy.edges(".labelled").removeClass("labelled");
    if (all || zoomed) {
      cy.edges("[type != 'CO_MENTIONED']").addClass("labelled");
      return;
    }
    cy.nodes(":selected, .hovered, .kbd").connectedEdges("[type != 'CO_MENTIONED']").addClass("labelled");
  });
}

function applyHighlight(cy: Core, highlight: GraphCanvasProps["highlight"]) {
  cy.batch(() => {
    cy.elements(".faded, .highlighted").removeClass("faded highlighted");
    if (!highlight) return;
    const keep = cy.collection();
    for (const id of [...highlight.nodes, ...highlight.edges]) keep.merge(cy.getElementById(id));
    keep.addClass("highlighted");
    cy.elements().not(keep).addClass("faded");
  });
}

function applyHovered(cy: Core, hovered: string | null | undefined) {
  cy.nodes(".hovered").removeClass("hovered");
  if (hovered) cy.getElementById(hovered).addClass("hovered");
}

/** Selects the element and brings it into view when it is outside it, without changing the zoom. */
function applySelection(cy: Core, selected: Selection | undefined) {
  cy.elements(":selected").unselect();
  if (!selected) return;
  const element = cy.getElementById(selected.id);
  if (element.empty()) return;
  element.select();
  // A filtered element (a hidden co-mention, say) has no place on screen to bring into view; its panel still opens.
  if (element.hasClass("filtered")) return;
  const at = element.isNode() ? (element as unknown as NodeSingular).position() : (element as unknown as EdgeSingular).midpoint();
  if (!at) return;
  const { x, y } = at;
  const ext = cy.extent();
  if (x < ext.x1 || x > ext.x2 || y < ext.y1 || y > ext.y2) cy.animate({ center: { eles: element }, duration: 250 });
}

async function fontsReady() {
  if (typeof document === "undefined" || !document.fonts) return;
  // The canvas draws with the Arabic face only once it is loaded; wait for it, but never long.
  await Promise.race([document.fonts.load(`400 12px ${CANVAS_FONT.split(",")[0]}`, "عربي").catch(() => []), new Promise((r) => setTimeout(r, 1_500))]);
}

/** The visible node nearest to `from` in an arrow key's direction (within 60° of it), nearer and straighter first. */
function nodeToward(cy: Core, from: NodeSingular, key: string): NodeSingular | null {
  const dir = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
  if (!dir) return null;
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  cy.nodes()
    .not(".filtered")
    .forEach((n) => {
      if (n.same(from)) return;
      const q = n.position();
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const dist = Math.hypot(dx, dy);
      const along = dx * dir[0]! + dy * dir[1]!;
      if (dist === 0 || along / dist < 0.5) return;
      const score = dist * (2 - along / dist);
      if (score < bestScore || (score === bestScore && best && n.id() < best.id())) {
        best = n;
        bestScore = score;
      }
    });
  return best;
}

/** What a screen reader hears about an entity: its name, type and relations on screen. */
function describeNode(n: NodeSingular, wording: CanvasWording) {
  const edges = n.connectedEdges().not(".filtered").length;
  const [first, second] = wording.arabicFirst && n.data("labelAr") ? [n.data("labelAr"), n.data("label")] : [n.data("label"), n.data("labelAr")];
  return wording.describe(`${first}${second ? ` (${second})` : ""}`, wording.entityType(n.data("type")), edges);
}

export function GraphCanvas({
  graph,
  positions,
  selected = null,
  filters,
  highlight = null,
  hovered = null,
  onSelect,
  onExpand,
  onCy,
  onVisible,
  labelEdges = false,
  label,
  renderer = "auto",
}: GraphCanvasProps) {
  const t = useTranslations("canvas");
  const relationWording = useRelationWording();
  const wording: CanvasWording = {
    arabicFirst: relationWording.rtl,
    typeName: relationWording.typeName,
    entityType: relationWording.entityType,
    rejected: (type) => t("rejectedEdge", { type }),
    coMentioned: t("coMentioned"),
    describe: (name, type, count) => t("describeNode", { name, type, count }),
  };
  // The language does not change under a mounted canvas (the switch reloads the page): the effects read the latest.
  const wordingRef = useRef(wording);
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [announce, setAnnounce] = useState("");
  const callbacks = useRef({ onSelect, onExpand, onCy, onVisible });
  const view = useRef({ filters, highlight, hovered, selected, labelEdges });
  const large = renderer === "auto" ? graph.nodes.length + graph.edges.length > LARGE_GRAPH : renderer === "webgl";
  // The filters the last layout was computed for (hidden-by-hand nodes aside): another set lays out again.
  const laidOutFor = useRef<string | null>(null);
  const layoutFilterKey = filters ? JSON.stringify({ ...filters, hidden: [], keep: [] }) : "";

  useEffect(() => {
    callbacks.current = { onSelect, onExpand, onCy, onVisible };
    view.current = { filters, highlight, hovered, selected, labelEdges };
    wordingRef.current = wording;
  });

  // One cytoscape per renderer: crossing the size threshold mounts a new one. A small graph waits (briefly) for the
  // Arabic face so its first frame is right; a big one starts at once (its labels are culled at the overview's zoom)
  // and redraws its labels when the face arrives.
  useEffect(() => {
    let instance: Core | null = null;
    let cancelled = false;
    const fonts = fontsReady();
    void (large ? Promise.resolve() : fonts).then(() => {
      if (cancelled || !container.current) return;
      const webgl = renderer === "webgl" || (renderer === "auto" && large && hardwareWebgl());
      instance = cytoscape({
        container: container.current,
        style: stylesheet(large),
        minZoom: 0.02,
        maxZoom: 2.5,
        boxSelectionEnabled: false,
        ...(webgl ? { renderer: { name: "canvas", webgl: true } as never } : {}),
      });
      container.current.dataset.renderer = webgl ? "webgl" : "canvas";
      if (large) {
        void fonts.then(() => instance?.style().update());
        labelInView(instance);
      } else {
        const core = instance;
        // Labels follow the hover, and all show once zoomed in enough to read them.
        core.on("mouseover", "node", (evt) => {
          evt.target.addClass("hovered-by-pointer");
          core.nodes(".hovered-by-pointer").connectedEdges("[type != 'CO_MENTIONED']").addClass("labelled");
        });
        core.on("mouseout", "node", (evt) => {
          evt.target.removeClass("hovered-by-pointer");
          applyEdgeLabels(core, view.current.labelEdges);
        });
        core.on("mouseover", "edge", (evt) => evt.target.addClass("labelled"));
        core.on("mouseout", "edge", () => applyEdgeLabels(core, view.current.labelEdges));
        let zoomed = false;
        core.on("zoom", () => {
          if (zoomed === core.zoom() >= EDGE_LABEL_ZOOM) return;
          zoomed = !zoomed;
          applyEdgeLabels(core, view.current.labelEdges);
        });
      }
      if (process.env.NEXT_PUBLIC_SANAD_TEST === "1") window.cy = instance;
      instance.on("tap", "node", (evt) => callbacks.current.onSelect?.({ kind: "entity", id: evt.target.id() }));
      instance.on("tap", "edge", (evt) => callbacks.current.onSelect?.({ kind: "relation", id: evt.target.id() }));
      // A node the user moved stays where it was put when the layout runs again (filters, expansions).
      instance.on("dragfree", "node", (evt) => {
        evt.target.scratch("_pinned", true);
      });
      // Cytoscape calls two clicks within 250 ms a double-click on the second one's target whatever the first hit, so a
      // quick click on one node then another would expand the second: a double-click expands only when both clicks
      // were on that node (docs/decisions.md).
      let taps: [unknown, unknown] = [null, null];
      instance.on("tap", (evt) => {
        taps = [taps[1], evt.target];
        if (evt.target === instance) callbacks.current.onSelect?.(null);
      });
      instance.on("dbltap", "node", (evt) => {
        if (taps[0] === evt.target) callbacks.current.onExpand?.(evt.target.id());
      });
      callbacks.current.onCy?.(instance);
      setCy(instance);
    });
    return () => {
      cancelled = true;
      callbacks.current.onCy?.(null);
      instance?.destroy();
      setCy(null);
    };
  }, [large, renderer]);

  const maxDegree = useMemo(() => Math.max(1, ...graph.nodes.map((n) => n.degree)), [graph]);

  // Sync the elements with the graph, then lay out: everything when nothing placed stays, only the newcomers otherwise.
  useEffect(() => {
    if (!cy) return;
    container.current?.setAttribute("data-ready", "false");
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    // Growing (expansions, a deeper focus) keeps what is placed; anything else (another focus, a path) starts over.
    const shrinks = cy.nodes().filter((n) => !nodeIds.has(n.id())).nonempty();
    const placed = cy.nodes().filter((n) => n.scratch("_placed") === true);
    const fresh = !positions && (shrinks || placed.empty());
    const seeds = fresh ? seedPositions(graph) : null;
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id()))).remove();
      for (const n of graph.nodes) {
        const existing = cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.data(nodeData(n, maxDegree, wordingRef.current, large));
          if (fresh) existing.scratch("_placed", false).scratch("_pinned", false).position(seeds!.get(n.id)!);
        } else added.push({ group: "nodes", data: nodeData(n, maxDegree, wordingRef.current, large), position: positions?.[n.id] ?? seeds?.get(n.id) ?? { x: 0, y: 0 } });
      }
      for (const e of graph.edges) if (cy.getElementById(e.id).empty()) added.push({ group: "edges", data: edgeData(e, wordingRef.current) });
      cy.add(added);
    });
    // The layout places what the filters leave on screen (fcose skips hidden elements), so filters come first.
    applyFilters(cy, view.current.filters);
    laidOutFor.current = view.current.filters ? JSON.stringify({ ...view.current.filters, hidden: [], keep: [] }) : "";
    const newNodes = cy.nodes().filter((n) => n.scratch("_placed") !== true);
    let cancelled = false;
    // Ready once the layout is done and the newcomers carry the filters, highlight and selection.
    const done = () => {
      if (cancelled) return;
      cy.nodes().forEach((n) => {
        n.scratch("_placed", true);
      });
      const v = view.current;
      applyFilters(cy, v.filters, callbacks.current.onVisible);
      applyHighlight(cy, v.highlight);
      applyHovered(cy, v.hovered);
      applySelection(cy, v.selected);
      if (!large) applyEdgeLabels(cy, v.labelEdges);
      container.current?.setAttribute("data-ready", "true");
    };
    if (positions || newNodes.empty()) {
      if (positions && large) fitPositions(cy);
      else if (positions) fitView(cy, 30);
      done();
      return () => {
        cancelled = true;
      };
    }
    let layout: cytoscape.Layouts;
    if (fresh) {
      layout = cy.layout({ ...FCOSE, randomize: false, quality: large ? "draft" : "proof" } as unknown as cytoscape.LayoutOptions);
      layout.one("layoutstop", () => {
        fitView(cy);
        done();
      });
    } else {
      // Placed nodes stay where they are; newcomers start beside their neighbours and the force layout settles them.
      newNodes.forEach((n, i) => {
        n.position(besideNeighbours(cy, n, i));
      });
      const fixed: { nodeId: string; position: { x: number; y: number } }[] = [];
      cy.nodes()
        .not(".filtered")
        .forEach((n) => {
          if (n.scratch("_placed") === true) fixed.push({ nodeId: n.id(), position: { ...n.position() } });
        });
      layout = cy.layout({ ...FCOSE, randomize: false, quality: "proof", fixedNodeConstraint: fixed } as unknown as cytoscape.LayoutOptions);
      layout.one("layoutstop", () => {
        // Show the newcomers when they landed outside the view; never zoom in.
        const ext = cy.extent();
        const outside = newNodes
          .filter((n) => {
            const { x, y } = (n as NodeSingular).position();
            return x < ext.x1 || x > ext.x2 || y < ext.y1 || y > ext.y2;
          })
          .nonempty();
        if (outside) fitView(cy);
        done();
      });
    }
    runSeeded(layout, layoutKey(cy));
    return () => {
      cancelled = true;
      layout.stop();
    };
  }, [cy, graph, positions, maxDegree, large]);

  // Filters, highlight, hover and selection are classes on the elements: applied when they change, and again (in
  // done() above) to the elements a new graph brought. Another set of filters also lays the graph out again, from where
  // the nodes are, with the nodes the user moved held in place; hiding a node by hand does not.
  const filterKey = filters ? JSON.stringify(filters) : "";
  useEffect(() => {
    if (!cy) return;
    applyFilters(cy, view.current.filters, callbacks.current.onVisible);
    if (!large) applyEdgeLabels(cy, view.current.labelEdges);
  }, [cy, filterKey, large]);

  useEffect(() => {
    if (!cy || large || laidOutFor.current === null || laidOutFor.current === layoutFilterKey) return;
    const el = container.current;
    if (!el || el.getAttribute("data-ready") !== "true") return;
    el.setAttribute("data-ready", "false");
    let layout: cytoscape.Layouts | null = null;
    // The confidence slider sends a value per step: lay out once it rests.
    const timer = setTimeout(() => {
      laidOutFor.current = layoutFilterKey;
      const shown = cy.elements().not(".filtered");
      const fixed = shown
        .nodes()
        .filter((n: NodeSingular) => n.scratch("_pinned") === true)
        .map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
      if (shown.nodes().length < 2) {
        fitView(cy);
        el.setAttribute("data-ready", "true");
        return;
      }
      layout = shown.layout({ ...FCOSE, randomize: false, quality: "proof", ...(fixed.length ? { fixedNodeConstraint: fixed } : {}) } as unknown as cytoscape.LayoutOptions);
      layout.one("layoutstop", () => {
        fitView(cy);
        el.setAttribute("data-ready", "true");
      });
      runSeeded(layout, layoutKey(cy));
    }, 150);
    return () => {
      clearTimeout(timer);
      layout?.stop();
      if (el.getAttribute("data-ready") === "false" && laidOutFor.current !== layoutFilterKey) el.setAttribute("data-ready", "true");
    };
  }, [cy, layoutFilterKey, large]);

  const highlightKey = highlight ? JSON.stringify(highlight) : "";
  useEffect(() => {
    if (cy) applyHighlight(cy, view.current.highlight);
  }, [cy, highlightKey]);

  useEffect(() => {
    if (!cy) return;
    applyHovered(cy, hovered);
    if (!large) applyEdgeLabels(cy, view.current.labelEdges);
  }, [cy, hovered, large]);

  const selectedKey = selected ? `${selected.kind}:${selected.id}` : "";
  useEffect(() => {
    if (!cy) return;
    applySelection(cy, view.current.selected);
    if (!large) applyEdgeLabels(cy, view.current.labelEdges);
  }, [cy, selectedKey, large]);

  useEffect(() => {
    if (cy && !large) applyEdgeLabels(cy, labelEdges);
  }, [cy, labelEdges, large]);

  // The container changes size with the panels beside it.
  useEffect(() => {
    if (!cy || !container.current || typeof ResizeObserver === "undefined") return;
    // A panel opening on the right leaves every node where it was on screen (a double-click's second click lands
    // where the first did); the reader opening on the left keeps the middle of the view in the middle.
    const el = container.current;
    let box = el.getBoundingClientRect();
    const observer = new ResizeObserver(() => {
      const next = el.getBoundingClientRect();
      cy.resize();
      if (next.left !== box.left && box.width && box.height) cy.panBy({ x: (next.width - box.width) / 2, y: (next.height - box.height) / 2 });
      box = next;
    });
    observer.observe(container.current);
    return () => observer.disconnect();
  }, [cy]);

  // The keyboard: arrows move a marker between the entities on screen (nearest in that direction), Enter opens the
  // marked one, Escape clears the selection. The marker starts on the selection, else on the most connected entity.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!cy) return;
    const shown = cy.nodes().not(".filtered");
    if (shown.empty()) return;
    const marked = cy.nodes(".kbd").first();
    const current = marked.nonempty() ? marked : cy.nodes(":selected").not(".filtered").first();
    const start = () => shown.sort((a, b) => b.data("degree") - a.data("degree") || (a.id() < b.id() ? -1 : 1)).first();
    let next: NodeSingular | null = null;
    if (e.key.startsWith("Arrow")) next = current.nonempty() ? (nodeToward(cy, current as NodeSingular, e.key) ?? (current as NodeSingular)) : (start() as NodeSingular);
    else if (e.key === "Home") next = start() as NodeSingular;
    else if (e.key === "Enter" || e.key === " ") {
      const target = current.nonempty() ? current : start();
      callbacks.current.onSelect?.({ kind: "entity", id: target.id() });
      setAnnounce(t("opened", { name: (relationWording.rtl && target.data("labelAr")) || target.data("label") }));
    } else if (e.key === "Escape") {
      cy.nodes(".kbd").removeClass("kbd");
      callbacks.current.onSelect?.(null);
      setAnnounce(t("cleared"));
    } else return;
    e.preventDefault();
    if (!next) return;
    cy.nodes(".kbd").removeClass("kbd");
    next.addClass("kbd");
    if (!large) applyEdgeLabels(cy, view.current.labelEdges);
    const { x, y } = next.position();
    const ext = cy.extent();
    if (x < ext.x1 || x > ext.x2 || y < ext.y1 || y > ext.y2) cy.center(next);
    setAnnounce(describeNode(next, wording));
  };

  return (
    <>
      <div
        ref={container}
        className="canvas"
        data-testid="graph-canvas"
        data-ready="false"
        role="application"
        aria-roledescription={t("roleDescription")}
        aria-label={t("label", { label: label ?? t("roleDescription") })}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => cy?.nodes(".kbd").removeClass("kbd")}
      />
      <p className="visually-hidden" aria-live="polite" data-testid="canvas-announce">
        {announce}
      </p>
    </>
  );
}

"use client";
// The cytoscape canvas: entities coloured and shaped by type, relations labelled; marks itself ready after each layout.
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useMemo, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import { typeStyle } from "@/lib/entity-types";
import type { GraphView } from "@/lib/types";
import type { Selection, ViewOptions } from "./explorer";
import { SearchBox } from "./search-box";

cytoscape.use(fcose);

declare global {
  interface Window {
    cy?: Core;
  }
}

const STYLESHEET: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      width: "data(size)",
      height: "data(size)",
      label: "data(display)",
      "text-wrap": "wrap",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "font-size": 11,
      "font-family": "system-ui, 'Noto Naskh Arabic', sans-serif",
      color: "#0f172a",
      "text-outline-color": "#f8fafc",
      "text-outline-width": 2,
      "min-zoomed-font-size": 6,
    },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#0f172a" } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(type)",
      "font-size": 8,
      color: "#475569",
      "text-rotation": "autorotate",
      "text-background-color": "#f8fafc",
      "text-background-opacity": 0.8,
      "min-zoomed-font-size": 8,
    },
  },
  // Co-mentions are many and say little each: dashed, unlabelled until selected.
  { selector: "edge[type = 'CO_MENTIONED']", style: { "line-style": "dashed", "target-arrow-shape": "none", "line-color": "#cbd5e1", label: "" } },
  { selector: "edge[type = 'CO_MENTIONED']:selected", style: { label: "data(type)" } },
  { selector: "edge:selected", style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb" } },
  // Shown only on request (legend: rejected): red, dotted, marked.
  { selector: "edge[?rejected]", style: { "line-color": "#f87171", "target-arrow-color": "#f87171", "line-style": "dotted", label: "data(display)", color: "#b91c1c" } },
  { selector: "edge[?curated]", style: { "line-color": "#475569", "target-arrow-color": "#475569" } },
  { selector: ".filtered", style: { display: "none" } },
];

// Deterministic: nodes start on a circle (most connected first) and fcose refines from there, so a reload shows the same picture.
const LAYOUT = {
  name: "fcose",
  animate: false,
  randomize: false,
  quality: "proof",
  nodeRepulsion: () => 45_000,
  idealEdgeLength: () => 160,
  edgeElasticity: () => 0.2,
  nodeSeparation: 120,
  padding: 30,
} as const;

function seedPositions(cy: Core) {
  const nodes = cy.nodes().sort((a, b) => b.data("degree") - a.data("degree") || a.id().localeCompare(b.id()));
  const radius = 40 * Math.sqrt(nodes.length) + 60;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    const r = i === 0 ? 0 : radius * (0.5 + 0.5 * ((i * 7) % 11) / 10);
    node.position({ x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

function runLayout(cy: Core, onDone: () => void) {
  seedPositions(cy);
  const layout = cy.layout(LAYOUT as unknown as cytoscape.LayoutOptions);
  layout.one("layoutstop", () => {
    cy.fit(undefined, 30);
    onDone();
  });
  layout.run();
  return layout;
}

function toElements(graph: GraphView): ElementDefinition[] {
  const maxDegree = Math.max(1, ...graph.nodes.map((n) => n.degree));
  const nodes = graph.nodes.map((n) => {
    const style = typeStyle(n.type);
    return {
      group: "nodes" as const,
      data: {
        id: n.id,
        label: n.label,
        labelAr: n.labelAr ?? "",
        display: n.labelAr ? `${n.label}\n${n.labelAr}` : n.label,
        type: n.type,
        degree: n.degree,
        color: style.color,
        shape: style.shape,
        size: 22 + 30 * Math.sqrt(n.degree / maxDegree),
      },
    };
  });
  const edges = graph.edges.map((e) => ({
    group: "edges" as const,
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      weight: e.weight,
      evidenceCount: e.evidenceCount,
      confidence: e.confidence,
      width: Math.min(8, 1 + Math.log2(1 + e.evidenceCount)),
      rejected: e.rejected === true,
      curated: e.curated === true,
      display: e.rejected ? `✕ ${e.type} (rejected)` : e.type,
    },
  }));
  return [...nodes, ...edges];
}

export function GraphCanvas({ graph, selected, onSelect, view }: { graph: GraphView; selected: Selection; onSelect: (selection: Selection) => void; view?: ViewOptions }) {
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const [ready, setReady] = useState(false);
  const elements = useMemo(() => toElements(graph), [graph]);

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  // Lay out again whenever the elements change; the canvas is "ready" once a layout has finished.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    setReady(false);
    const layout = runLayout(cy, () => setReady(true));
    return () => {
      layout.stop();
    };
  }, [elements]);

  // Filters hide elements in place (no new layout): types, co-mention edges, low-confidence edges.
  const hiddenKey = view ? `${view.hiddenTypes.join(",")}|${view.coMentions}|${view.minConfidence}` : "";
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !view) return;
    cy.batch(() => {
      cy.elements().removeClass("filtered");
      cy.nodes().filter((n) => view.hiddenTypes.includes(n.data("type"))).addClass("filtered");
      cy.edges()
        .filter((e) => (!view.coMentions && e.data("type") === "CO_MENTIONED") || (e.data("confidence") ?? 1) < view.minConfidence)
        .addClass("filtered");
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hiddenKey, ready]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // The details panel opening or closing changes the container's width: let cytoscape measure it again.
    cy.resize();
    cy.elements(":selected").unselect();
    if (selected) {
      const element = cy.getElementById(selected.id);
      element.select();
      // Bring a chosen entity into view (search, links) when it is outside it, without changing the zoom.
      if (element.nonempty() && element.isNode()) {
        const { x, y } = element.position();
        const view = cy.extent();
        if (x < view.x1 || x > view.x2 || y < view.y1 || y > view.y2) cy.animate({ center: { eles: element }, duration: 250 });
      }
    }
  }, [selected, ready]);

  function init(cy: Core) {
    if (cyRef.current === cy) return;
    cyRef.current = cy;
    if (process.env.NEXT_PUBLIC_SANAD_TEST === "1") window.cy = cy;
    cy.on("tap", "node", (evt) => onSelectRef.current({ kind: "entity", id: evt.target.id() }));
    cy.on("tap", "edge", (evt) => onSelectRef.current({ kind: "relation", id: evt.target.id() }));
    cy.on("tap", (evt) => {
      if (evt.target === cy) onSelectRef.current(null);
    });
    runLayout(cy, () => setReady(true));
  }

  return (
    <>
      <div className="canvas-tools">
        <SearchBox onPick={(id) => onSelectRef.current({ kind: "entity", id })} />
        <button type="button" onClick={() => cyRef.current?.fit(undefined, 30)} aria-label="Fit the graph to the view">
          Fit
        </button>
        <button type="button" onClick={() => cyRef.current?.zoom({ level: (cyRef.current?.zoom() ?? 1) * 1.25, renderedPosition: center(cyRef.current) })} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => cyRef.current?.zoom({ level: (cyRef.current?.zoom() ?? 1) / 1.25, renderedPosition: center(cyRef.current) })} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => exportPng(cyRef.current)} aria-label="Export the visible graph as PNG">
          PNG
        </button>
        <button type="button" onClick={() => exportJson(cyRef.current)} aria-label="Export the visible graph as JSON">
          JSON
        </button>
      </div>
      <div className="canvas" data-testid="graph-canvas" data-ready={ready ? "true" : "false"}>
        <CytoscapeComponent elements={elements} stylesheet={STYLESHEET} layout={{ name: "preset" }} cy={init} style={{ width: "100%", height: "100%" }} wheelSensitivity={0.3} minZoom={0.05} maxZoom={2.5} />
      </div>
    </>
  );
}

function save(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** What is visible now (filters applied), as an image of the whole graph at twice the screen's resolution. */
function exportPng(cy: Core | null) {
  if (!cy) return;
  save("sanad-graph.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#f8fafc" }) as unknown as Blob);
}

/** The visible nodes and edges with the ids that lead back to their evidence (GET /api/entities/<id>, /api/relations/<id>). */
function exportJson(cy: Core | null) {
  if (!cy) return;
  const visible = cy.elements(":visible");
  const json = {
    nodes: visible.nodes().map((n) => ({ id: n.id(), label: n.data("label"), labelAr: n.data("labelAr") || undefined, type: n.data("type"), degree: n.data("degree") })),
    edges: visible.edges().map((e) => ({ id: e.id(), source: e.data("source"), target: e.data("target"), type: e.data("type"), evidenceCount: e.data("evidenceCount"), evidence: `/api/relations/${encodeURIComponent(e.id())}` })),
  };
  save("sanad-graph.json", new Blob([JSON.stringify(json, null, 2)], { type: "application/json" }));
}

function center(cy: Core | null) {
  return { x: (cy?.width() ?? 0) / 2, y: (cy?.height() ?? 0) / 2 };
}

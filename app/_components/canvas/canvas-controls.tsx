"use client";
// Fit, zoom and export buttons for a graph canvas.
import type { Core } from "cytoscape";
import { useTranslations } from "next-intl";

// File formats are names, the same in every language.
const FORMAT = { png: "PNG", json: "JSON" } as const;

/** Fits what is visible, leaving room for the overlays, and never zooms a small graph in beyond life size. */
export function fitView(cy: Core, padding = 40) {
  const visible = cy.elements(":visible");
  if (visible.empty()) return;
  cy.fit(visible, padding);
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center(visible);
  }
}

export function CanvasControls({ cy }: { cy: Core | null }) {
  const t = useTranslations("canvasControls");
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="canvas-controls" role="group" aria-label={t("label")}>
      <button type="button" onClick={() => cy && fitView(cy)} aria-label={t("fitLabel")} title={t("fit")}>
        {t("fit")}
      </button>
      <button type="button" onClick={() => zoomBy(1.25)} aria-label={t("zoomIn")} title={t("zoomIn")}>
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.8)} aria-label={t("zoomOut")} title={t("zoomOut")}>
        −
      </button>
      <button type="button" onClick={() => exportPng(cy)} aria-label={t("pngLabel")} title={t("pngTitle")}>
        <span lang="en">{FORMAT.png}</span>
      </button>
      <button type="button" onClick={() => exportJson(cy)} aria-label={t("jsonLabel")} title={t("jsonTitle")}>
        <span lang="en">{FORMAT.json}</span>
      </button>
    </div>
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

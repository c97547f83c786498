// How the canvas draws: the full style for explorable graphs, a cheaper one (straight haystack edges, fewer labels) for big ones.
import type { StylesheetJson } from "cytoscape";

/**
 * The Arabic face comes first but covers Arabic letters only (its @font-face has an Arabic unicode-range), so Latin
 * falls through to the system face. Cytoscape's parser takes double quotes only.
 */
export const CANVAS_FONT = `"Sanad Arabic", system-ui, sans-serif`;

const LABEL = {
  label: "data(display)",
  "text-wrap": "wrap",
  "text-valign": "bottom",
  "text-margin-y": 4,
  "line-height": 1.3,
  "font-size": 11,
  "font-family": CANVAS_FONT,
  color: "#0f172a",
  "text-outline-color": "#f8fafc",
} as const;

export function stylesheet(large: boolean): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        shape: "data(shape)" as never,
        width: "data(size)",
        height: "data(size)",
        // Label culling: below this on-screen size a label is not drawn at all. A big graph carries no label at all
        // until zoomed in, and then only on the nodes in view (class "labelled", see labelInView in graph-canvas).
        ...(large ? {} : { ...LABEL, "text-outline-width": 2, "min-zoomed-font-size": 6 }),
      },
    },
    ...(large ? [{ selector: "node.labelled, node:selected", style: { ...LABEL, "min-zoomed-font-size": 9 } }] : []),
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#0f172a" } },
    { selector: "node.hovered", style: { "border-width": 4, "border-color": "#f59e0b", "z-index": 10 } },
    // The keyboard's marker: a ring that differs from the selection's.
    { selector: "node.kbd", style: { "border-width": 4, "border-color": "#2563eb", "border-style": "double", "z-index": 11 } },
    large
      ? {
          selector: "edge",
          style: { width: 1, "line-color": "#94a3b8", "curve-style": "haystack", "haystack-radius": 0 },
        }
      : {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "#94a3b8",
            "target-arrow-color": "#94a3b8",
            "target-arrow-shape": "triangle",
            "curve-style": "bezier",
            // Parallel relations between two entities fan out.
            "control-point-step-size": 36,
            // Labels only where they can be read (class "labelled": see applyEdgeLabels in graph-canvas).
            label: "",
            "font-size": 8,
            "font-family": CANVAS_FONT,
            color: "#475569",
            "text-rotation": "autorotate",
            "text-background-color": "#f8fafc",
            "text-background-opacity": 0.8,
            "min-zoomed-font-size": 8,
          },
        },
    ...(large ? [] : [{ selector: "edge.labelled, edge:selected", style: { label: "data(typeName)" } } as const]),
    // Symmetric types run either way: no arrow.
    ...(large ? [] : [{ selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } } as const]),
    // Co-mentions are many and say little each: thin, dashed, unlabelled until selected (plain lines in a big graph).
    ...(large ? [] : [{ selector: "edge[type = 'CO_MENTIONED']", style: { "line-style": "dashed", "target-arrow-shape": "none", "line-color": "#cbd5e1", width: 1.5, label: "" } } as const]),
    { selector: "edge[type = 'CO_MENTIONED']:selected", style: { label: "data(typeName)" } },
    { selector: "edge:selected", style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb", width: 4, "z-index": 10 } },
    // Corrections: rejected relations only show on request (legend: rejected), red, dotted, marked; confirmed ones darker.
    { selector: "edge[?rejected]", style: { "line-color": "#f87171", "target-arrow-color": "#f87171", "line-style": "dotted", label: "data(display)", color: "#b91c1c" } },
    { selector: "edge[?curated]", style: { "line-color": "#475569", "target-arrow-color": "#475569" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    { selector: "edge.highlighted", style: { "line-color": "#d97706", "target-arrow-color": "#d97706", "line-style": "solid", width: 4, label: "data(typeName)" } },
    { selector: "node.highlighted", style: { "border-width": 3, "border-color": "#d97706" } },
    // The selection shows through a highlight.
    { selector: "edge.highlighted:selected", style: { "line-color": "#2563eb", "target-arrow-color": "#2563eb" } },
    { selector: "node.highlighted:selected", style: { "border-width": 4, "border-color": "#0f172a" } },
    { selector: ".filtered", style: { display: "none" } },
    // An Arabic first line needs more room under the node: Naskh's marks rise above the line box cytoscape measures.
    { selector: "node[?arabicFirst]", style: { "text-margin-y": 8, "font-size": 12 } },
  ];
}

/** Zoom from which every typed relation shows its label. */
export const EDGE_LABEL_ZOOM = 1.5;

/** Zoom from which a big graph shows labels: 11 px type at this zoom is about 9 px on screen. */
export const LABEL_ZOOM = 0.8;

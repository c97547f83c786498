"use client";
// Renders ?nodes=&edges= synthetic elements with precomputed positions, either in the explorer's GraphCanvas (?mode=ours,
// &renderer=auto|canvas|webgl) or in a bare cytoscape with its default style (?mode=bare), and times it for bench/ui.bench.ts:
// window.__bench.firstRenderMs from the elements being handed over to the first painted frame, then frameTimes() pans and zooms.
import type { Core } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { GraphCanvas as GraphCanvasType } from "@/app/_components/canvas/graph-canvas";
import { syntheticGraph, type SyntheticGraph } from "@/lib/synthetic-graph";

declare global {
  interface Window {
    __bench?: { firstRenderMs?: number; renderer?: string; frameTimes?: (frames: number) => Promise<number[]> };
  }
}

const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Pans and zooms the view one step a frame and returns the time between frames (what a person feels while dragging). */
function frameTimes(cy: Core) {
  return (frames: number) =>
    new Promise<number[]>((resolve) => {
      const times: number[] = [];
      let last = performance.now();
      let i = 0;
      const step = () => {
        const now = performance.now();
        if (i > 0) times.push(now - last);
        last = now;
        if (i >= frames) return resolve(times);
        // Half the frames pan in a circle, half zoom in and out around the middle.
        if (i % 2 === 0) cy.panBy({ x: 12 * Math.cos(i / 8), y: 12 * Math.sin(i / 8) });
        else cy.zoom({ level: cy.zoom() * (Math.floor(i / 20) % 2 === 0 ? 1.04 : 1 / 1.04), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        i++;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
}

export function BenchGraph() {
  const [run, setRun] = useState<{ data: SyntheticGraph; Canvas: typeof GraphCanvasType; renderer: "auto" | "canvas" | "webgl"; t0: number } | null>(null);
  const bare = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const data = syntheticGraph(Number(q.get("nodes") ?? 2000), Number(q.get("edges") ?? 5000));
    const renderer = (q.get("renderer") ?? "auto") as "auto" | "canvas" | "webgl";
    let cy: Core | null = null;
    window.__bench = {};
    if (q.get("mode") === "bare") {
      void import("cytoscape").then(async ({ default: cytoscape }) => {
        const t0 = performance.now();
        cy = cytoscape({
          container: bare.current,
          elements: [
            ...data.graph.nodes.map((n) => ({ group: "nodes" as const, data: { ...n }, position: data.positions[n.id] })),
            ...data.graph.edges.map((e) => ({ group: "edges" as const, data: { ...e } })),
          ],
          layout: { name: "preset", fit: true, padding: 30 },
        });
        await afterPaint();
        window.__bench = { firstRenderMs: performance.now() - t0, renderer: "canvas (bare)", frameTimes: frameTimes(cy) };
      });
    } else {
      // The canvas's code is loaded before the clock starts, as it is in the explorer by the time a graph arrives.
      void import("@/app/_components/canvas/graph-canvas").then((m) => setRun({ data, Canvas: m.GraphCanvas, renderer, t0: performance.now() }));
    }
    return () => cy?.destroy();
  }, []);

  const cyRef = useRef<Core | null>(null);
  return (
    <div style={{ position: "fixed", inset: 0 }}>
      {run ? (
        <div
          style={{ position: "absolute", inset: 0 }}
          ref={(el) => {
            if (!el) return;
            // Ready is marked once the layout (preset here) is done and a frame is painted.
            const observer = new MutationObserver(async () => {
              if (el.querySelector('[data-ready="true"]') && cyRef.current && window.__bench?.firstRenderMs === undefined) {
                observer.disconnect();
                await afterPaint();
                const canvas = el.querySelector("[data-renderer]")?.getAttribute("data-renderer") ?? "?";
                window.__bench = { firstRenderMs: performance.now() - run.t0, renderer: canvas, frameTimes: frameTimes(cyRef.current) };
              }
            });
            observer.observe(el, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
            return () => observer.disconnect();
          }}
        >
          <run.Canvas graph={run.data.graph} positions={run.data.positions} renderer={run.renderer} onCy={(cy) => (cyRef.current = cy)} />
        </div>
      ) : (
        <div ref={bare} style={{ position: "absolute", inset: 0 }} />
      )}
    </div>
  );
}

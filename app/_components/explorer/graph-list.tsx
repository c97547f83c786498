"use client";
// The list view of what the canvas shows: every entity and relation on screen as a button, reachable by Tab and read by
// screen readers, each opening the same panel a click on the canvas does.
import { typeStyle } from "@/lib/entity-types";
import type { GraphView } from "@/lib/types";
import type { Selection } from "./explorer-state";
import { directionFrom, stepConnector } from "@/app/_components/shared/relation-words";

export function GraphList({ id, graph, visible, selected, onSelect }: { id: string; graph: GraphView; visible: { nodes: string[]; edges: string[] }; selected: Selection; onSelect: (s: Selection) => void }) {
  const shownNodes = new Set(visible.nodes);
  const shownEdges = new Set(visible.edges);
  const nodes = graph.nodes.filter((n) => shownNodes.has(n.id)).sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const name = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const edges = graph.edges.filter((e) => shownEdges.has(e.id));
  return (
    <section id={id} className="graph-list" aria-label="List view of the graph" data-testid="graph-list">
      <div>
        <h2>Entities · {nodes.length}</h2>
        <ul>
          {nodes.map((n) => (
            <li key={n.id}>
              <button type="button" className="link" aria-current={selected?.kind === "entity" && selected.id === n.id ? "true" : undefined} onClick={() => onSelect({ kind: "entity", id: n.id })}>
                {n.label}
              </button>{" "}
              <span className="meta">
                {typeStyle(n.type).label} · {n.degree}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2>Relations · {edges.length}</h2>
        <ul>
          {edges.map((e) => {
            const { before, after } = stepConnector(e.type, directionFrom(e, e.source));
            const co = e.type === "CO_MENTIONED";
            return (
              <li key={e.id}>
                <button
                  type="button"
                  className="link"
                  aria-current={selected?.kind === "relation" && selected.id === e.id ? "true" : undefined}
                  onClick={() => onSelect({ kind: "relation", id: e.id })}
                >
                  {name.get(e.source) ?? e.source} {co ? "· named with ·" : `${before} ${e.type} ${after}`} {name.get(e.target) ?? e.target}
                </button>{" "}
                <span className="meta">{e.evidenceCount}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

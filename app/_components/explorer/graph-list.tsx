"use client";
// The list view of what the canvas shows: every entity and relation on screen as a button, reachable by Tab and read by
// screen readers, each opening the same panel a click on the canvas does.
import type { GraphView } from "@/lib/types";
import type { Selection } from "./explorer-state";
import { directionFrom, useRelationWording } from "@/app/_components/shared/relation-words";
import { displayName, useInterfaceLocale } from "@/app/_components/shared/entity-name";
import { useTranslations } from "next-intl";

export function GraphList({ id, graph, visible, selected, onSelect }: { id: string; graph: GraphView; visible: { nodes: string[]; edges: string[] }; selected: Selection; onSelect: (s: Selection) => void }) {
  const t = useTranslations("graphList");
  const wording = useRelationWording();
  const locale = useInterfaceLocale();
  const named = (n: { label: string; labelAr?: string }) => displayName(locale, n.label, n.labelAr);
  const shownNodes = new Set(visible.nodes);
  const shownEdges = new Set(visible.edges);
  const nodes = graph.nodes.filter((n) => shownNodes.has(n.id)).sort((a, b) => b.degree - a.degree || named(a).text.localeCompare(named(b).text, locale));
  const name = new Map(graph.nodes.map((n) => [n.id, named(n)]));
  const nameOf = (id: string) => {
    const n = name.get(id) ?? { text: id, lang: "en" };
    return <bdi lang={n.lang === locale ? undefined : n.lang}>{n.text}</bdi>;
  };
  const edges = graph.edges.filter((e) => shownEdges.has(e.id));
  return (
    <section id={id} className="graph-list" aria-label={t("label")} data-testid="graph-list">
      <div>
        <h2>{t("entities", { count: nodes.length })}</h2>
        <ul>
          {nodes.map((n) => (
            <li key={n.id}>
              <button type="button" className="link" aria-current={selected?.kind === "entity" && selected.id === n.id ? "true" : undefined} onClick={() => onSelect({ kind: "entity", id: n.id })}>
                {nameOf(n.id)}
              </button>{" "}
              <span className="meta">
                {wording.entityType(n.type)} · {n.degree}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h2>{t("relations", { count: edges.length })}</h2>
        <ul>
          {edges.map((e) => {
            const { before, after } = wording.connector(e.type, directionFrom(e, e.source));
            const co = e.type === "CO_MENTIONED";
            return (
              <li key={e.id}>
                <button
                  type="button"
                  className="link"
                  aria-current={selected?.kind === "relation" && selected.id === e.id ? "true" : undefined}
                  onClick={() => onSelect({ kind: "relation", id: e.id })}
                >
                  {nameOf(e.source)} {co ? t("namedWith") : `${before} ${wording.typeName(e.type)} ${after}`} {nameOf(e.target)}
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

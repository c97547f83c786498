// Turns Neo4j result rows into a table of plain JSON values and a graph of every node, relationship and path in them.
import neo4j, { isNode, isPath, isRelationship, type Node, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";
import type { GraphEdge, GraphNode } from "../types";

export type Cell = null | string | number | boolean | Cell[] | { [key: string]: Cell };

/** A JSON-safe value: integers as numbers when safe (strings beyond 2^53), temporal values as ISO strings. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const i = value as unknown as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return i.inSafeRange() ? i.toNumber() : i.toString();
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (isNode(value as object)) {
    const n = value as Node;
    return { _node: nodeId(n), _labels: n.labels, ...(toCell(n.properties) as object) };
  }
  if (isRelationship(value as object)) {
    const r = value as Relationship;
    return { _relationship: r.type, _id: relId(r), ...(toCell(r.properties) as object) };
  }
  if (isPath(value as object)) return { _path: (value as { segments: unknown[] }).segments.length };
  if (Array.isArray(value)) return value.map(toCell);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const p = value as unknown as { x: number; y: number; z?: number; srid: unknown };
    return { x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}), srid: toCell(p.srid) };
  }
  if (typeof value === "object") return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, toCell(v)]));
  return String(value);
}

const nodeId = (n: Node) => (typeof n.properties.id === "string" ? n.properties.id : n.elementId);
const relId = (r: Relationship) => (typeof r.properties.id === "string" ? r.properties.id : r.elementId);

/** Every node, relationship and path found anywhere in the rows, as explorer graph elements. */
export function collectGraph(records: Neo4jRecord[]): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, { id: string; node: Node }>(); // by elementId
  const rels = new Map<string, Relationship>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== "object") return;
    if (isNode(value)) nodes.set((value as Node).elementId, { id: nodeId(value as Node), node: value as Node });
    else if (isRelationship(value)) rels.set((value as Relationship).elementId, value as Relationship);
    else if (isPath(value)) {
      const path = value as unknown as { segments: { start: Node; relationship: Relationship; end: Node }[]; start: Node };
      visit(path.start);
      for (const s of path.segments) [s.start, s.relationship, s.end].forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (!neo4j.isInt(value)) Object.values(value).forEach(visit);
  };
  for (const record of records) record.forEach((v) => visit(v));
  const graphNodes: GraphNode[] = [...nodes.values()].map(({ id, node }) => {
    const p = node.properties as Record<string, unknown>;
    const label = node.labels[0] ?? "Node";
    return {
      id,
      label: String(p.name ?? p.title ?? p.id ?? `${label} ${node.elementId.split(":").pop()}`),
      ...(typeof p.nameAr === "string" ? { labelAr: p.nameAr } : {}),
      type: label === "Entity" ? String(p.type ?? "other") : label.toLowerCase(),
      degree: 0,
    };
  });
  const edges: GraphEdge[] = [];
  for (const r of rels.values()) {
    const source = nodes.get(r.startNodeElementId);
    const target = nodes.get(r.endNodeElementId);
    if (!source || !target) continue; // an edge needs both ends on the canvas; the table still has it
    const p = r.properties as Record<string, unknown>;
    edges.push({
      id: relId(r),
      source: source.id,
      target: target.id,
      type: r.type,
      weight: typeof p.weight === "number" ? p.weight : neo4j.isInt(p.weight) ? Number(p.weight) : 1,
      evidenceCount: neo4j.isInt(p.evidenceCount) ? Number(p.evidenceCount) : typeof p.evidenceCount === "number" ? p.evidenceCount : 0,
      confidence: typeof p.confidence === "number" ? p.confidence : 1,
    });
  }
  const byId = new Map(graphNodes.map((n) => [n.id, n]));
  for (const e of edges) {
    byId.get(e.source)!.degree += 1;
    if (e.target !== e.source) byId.get(e.target)!.degree += 1;
  }
  return { nodes: graphNodes, edges };
}

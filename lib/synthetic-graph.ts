// A deterministic synthetic graph with precomputed positions, for the UI benchmark: clusters of entities of every
// type (a third with Arabic names), edges mostly inside a cluster, typed relations and co-mentions.
import { ENTITY_TYPES } from "./entity-types";
import type { GraphEdge, GraphNode, GraphView } from "./types";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = Object.keys(ENTITY_TYPES);
const RELATIONS = ["SUPPORTS", "OPPOSES", "MET_WITH", "COOPERATES_WITH", "TRADES_WITH", "LEADER_OF"];
const AR = ["الصين", "روسيا", "بكين", "موسكو", "التجارة", "الطاقة", "الهيمنة", "التعددية", "تايوان", "الفضاء"];

export interface SyntheticGraph {
  graph: GraphView;
  positions: Record<string, { x: number; y: number }>;
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): SyntheticGraph {
  const rnd = prng(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const side = Math.ceil(Math.sqrt(clusters));
  const spread = 60 * Math.sqrt(nodeCount / clusters);
  const centres = Array.from({ length: clusters }, (_, c) => ({ x: (c % side) * spread * 2.4, y: Math.floor(c / side) * spread * 2.4 }));
  const nodes: GraphNode[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  const members: string[][] = centres.map(() => []);
  for (let i = 0; i < nodeCount; i++) {
    const c = i % clusters;
    const id = `n${i}`;
    const angle = rnd() * 2 * Math.PI;
    const r = spread * Math.sqrt(rnd());
    positions[id] = { x: centres[c]!.x + r * Math.cos(angle), y: centres[c]!.y + r * Math.sin(angle) };
    nodes.push({ id, label: `Entity ${i}`, ...(i % 3 === 0 ? { labelAr: `${AR[i % AR.length]} ${i}` } : {}), type: TYPES[i % TYPES.length]!, degree: 0 });
    members[c]!.push(id);
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  while (edges.length < edgeCount) {
    const c = Math.floor(rnd() * clusters);
    const pool = members[c]!;
    const a = pool[Math.floor(rnd() * pool.length)]!;
    // One edge in ten crosses to another cluster.
    const other = rnd() < 0.1 ? members[Math.floor(rnd() * clusters)]! : pool;
    const b = other[Math.floor(rnd() * other.length)]!;
    const type = rnd() < 0.7 ? "CO_MENTIONED" : RELATIONS[Math.floor(rnd() * RELATIONS.length)]!;
    const id = `${type.toLowerCase()}:${a}:${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    const evidenceCount = 1 + Math.floor(rnd() * 4);
    edges.push({ id, source: a, target: b, type, weight: evidenceCount, evidenceCount, confidence: 0.5 + rnd() / 2 });
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return { graph: { nodes, edges, truncated: false, total: { nodes: nodes.length, edges: edges.length } }, positions };
}

// The entity graph as GraphML for Gephi and yEd: one attribute key per property, lists joined, undirected types marked.
import { SYMMETRIC_TYPES } from "../../graph-seed/relation-types";
import type { DumpNode, DumpRelationship, TypedValue } from "../graph/dump";

export function xmlEscape(s: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the five special ones escaped.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

type AttrType = "string" | "double" | "long" | "boolean";

function plain(v: TypedValue): { type: AttrType; text: string } | null {
  if (v === null) return null;
  if (typeof v === "string") return { type: "string", text: v };
  if (typeof v === "boolean") return { type: "boolean", text: String(v) };
  if (typeof v === "number") return { type: "double", text: String(v) };
  if (Array.isArray(v)) return v.length ? { type: "string", text: v.map((x) => plain(x)?.text ?? "").join(" | ") } : null;
  if ("$int" in v) return { type: "long", text: v.$int };
  const d = v.$datetime;
  return { type: "string", text: `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` };
}

class Keys {
  private types = new Map<string, AttrType>();
  constructor(private readonly prefix: string) {}
  see(name: string, type: AttrType) {
    const known = this.types.get(name);
    this.types.set(name, known && known !== type ? "string" : type);
  }
  id(name: string) {
    return `${this.prefix}_${name}`;
  }
  declare(target: "node" | "edge") {
    return [...this.types].map(([name, type]) => `  <key id="${xmlEscape(this.id(name))}" for="${target}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
  }
}

/** GraphML of entities and the relations between them; `label` is the entity's name (Gephi's label), `weight` the evidence count. */
export function toGraphml(nodes: DumpNode[], relationships: DumpRelationship[], description: string): string {
  const nodeKeys = new Keys("n");
  const edgeKeys = new Keys("e");
  const degree = new Map<string, number>();
  for (const r of relationships) for (const id of [r.start.id, r.end.id]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const nodeData = nodes.map((n) => {
    const data: [string, { type: AttrType; text: string }][] = [["label", { type: "string", text: String(n.props.name ?? n.props.id) }]];
    for (const [k, v] of Object.entries(n.props)) {
      const p = plain(v);
      if (p && k !== "aliasText") data.push([k, p]);
    }
    data.push(["degree", { type: "long", text: String(degree.get(String(n.props.id)) ?? 0) }]);
    data.forEach(([k, p]) => nodeKeys.see(k, p.type));
    return { id: String(n.props.id), data };
  });
  const edgeData = relationships.map((r) => {
    const data: [string, { type: AttrType; text: string }][] = [
      ["label", { type: "string", text: r.type }],
      ["type", { type: "string", text: r.type }],
    ];
    for (const [k, v] of Object.entries(r.props)) {
      const p = plain(v);
      if (p && k !== "weight") data.push([k, p]);
    }
    data.push(["weight", { type: "double", text: plain(r.props.evidenceCount ?? 1)?.text ?? "1" }]);
    data.push(["evidence", { type: "string", text: `/api/relations/${encodeURIComponent(String(r.props.id ?? ""))}` }]);
    data.forEach(([k, p]) => edgeKeys.see(k, p.type));
    return { id: String(r.props.id ?? `${r.type}:${r.start.id}:${r.end.id}`), source: r.start.id, target: r.end.id, directed: !SYMMETRIC_TYPES.has(r.type), data };
  });
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${xmlEscape(description)}</desc>`,
    ...nodeKeys.declare("node"),
    ...edgeKeys.declare("edge"),
    '  <graph id="sanad" edgedefault="directed">',
  ];
  for (const n of nodeData) {
    lines.push(`    <node id="${xmlEscape(n.id)}">`);
    for (const [k, p] of n.data) lines.push(`      <data key="${xmlEscape(nodeKeys.id(k))}">${xmlEscape(p.text)}</data>`);
    lines.push("    </node>");
  }
  for (const e of edgeData) {
    lines.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${e.directed ? "" : ' directed="false"'}>`);
    for (const [k, p] of e.data) lines.push(`      <data key="${xmlEscape(edgeKeys.id(k))}">${xmlEscape(p.text)}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

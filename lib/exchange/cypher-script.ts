// The graph as a Cypher script another Neo4j can run (cypher-shell -f): one statement a line, batched, idempotent.
import type { DumpNode, DumpRelationship, TypedValue } from "../graph/dump";

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const key = (k: string) => (IDENT.test(k) ? k : `\`${k.replace(/`/g, "``")}\``);

/** A Cypher string literal: quotes, backslashes and every control character escaped, so a statement stays on one line. */
export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    if (c === "\\") return "\\\\";
    if (c === "'") return "\\'";
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  })}'`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function cypherLiteral(v: TypedValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return cypherString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  // A float stays a float: 3 would be read back as an integer.
  if (typeof v === "number") return Number.isInteger(v) ? `${v}.0` : String(v);
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(", ")}]`;
  if ("$int" in v) return v.$int;
  const d = v.$datetime;
  const zone = d.zone ? `[${d.zone}]` : d.offset === null || d.offset === 0 ? "Z" : `${d.offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(d.offset) / 3600))}:${pad(Math.floor((Math.abs(d.offset) % 3600) / 60))}`;
  return `datetime('${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}.${pad(d.nanosecond, 9)}${zone}')`;
}

const map = (props: Record<string, TypedValue>) => `{${Object.entries(props).map(([k, v]) => `${key(k)}: ${cypherLiteral(v)}`).join(", ")}}`;

const BATCH = 200;

/** The script, line by line: a constraint per label (so MERGE on id is fast), nodes merged by id, then relationships. */
export async function cypherScript(
  dump: (onNode: (n: DumpNode) => void, onRel: (r: DumpRelationship) => void) => Promise<void>,
  header: string[],
): Promise<string[]> {
  const body: string[] = [];
  const nodes = new Map<string, DumpNode[]>();
  const rels = new Map<string, DumpRelationship[]>();
  const labels = new Set<string>();
  const flushNodes = (group: string) => {
    const list = nodes.get(group) ?? [];
    if (!list.length) return;
    const [first, ...more] = group.split(":");
    body.push(`UNWIND [${list.map((n) => map(n.props)).join(", ")}] AS row MERGE (n:${key(first!)} {id: row.id}) SET n = row${more.map((l) => `, n:${key(l)}`).join("")};`);
    nodes.set(group, []);
  };
  const flushRels = (group: string) => {
    const list = rels.get(group) ?? [];
    if (!list.length) return;
    const [type, a, b] = group.split(" ");
    const rows = list.map((r) => `{s: ${cypherString(r.start.id)}, e: ${cypherString(r.end.id)}, p: ${map(r.props)}}`).join(", ");
    // Relations with an id merge on it; structural ones on what they join (a mention also on its offsets).
    const first = list[0]!.props;
    const merge = first.id !== undefined ? " {id: row.p.id}" : first.start !== undefined ? " {start: row.p.start, end: row.p.end}" : "";
    body.push(`UNWIND [${rows}] AS row MATCH (a:${key(a!)} {id: row.s}) MATCH (b:${key(b!)} {id: row.e}) MERGE (a)-[r:${key(type!)}${merge}]->(b) SET r = row.p;`);
    rels.set(group, []);
  };
  await dump(
    (n) => {
      const group = n.labels.join(":");
      n.labels.forEach((l) => labels.add(l));
      nodes.set(group, [...(nodes.get(group) ?? []), n]);
      if (nodes.get(group)!.length >= BATCH) flushNodes(group);
    },
    (r) => {
      // Every node is written before the first relationship that needs it.
      for (const g of nodes.keys()) flushNodes(g);
      const group = `${r.type} ${r.start.label} ${r.end.label}`;
      rels.set(group, [...(rels.get(group) ?? []), r]);
      if (rels.get(group)!.length >= BATCH) flushRels(group);
    },
  );
  for (const g of nodes.keys()) flushNodes(g);
  for (const g of rels.keys()) flushRels(g);
  const constraints = [...labels].sort().map((l) => `CREATE CONSTRAINT ${key(`${l.toLowerCase()}_id`)} IF NOT EXISTS FOR (n:${key(l)}) REQUIRE n.id IS UNIQUE;`);
  return [...header.map((h) => `// ${h.replace(/\n/g, " ")}`), ...constraints, ...body];
}

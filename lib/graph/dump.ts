// The whole graph as plain records and back: every node and relationship with typed property values, in a stable order.
// Backups, restores, checksums and the Cypher export use it; driver types are encoded here and never leave.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { readTx, writeTx } from "../neo4j";

/** A property value in JSON: Neo4j integers and date-times are tagged so a restore gives back the same types. */
export type TypedValue =
  | string
  | number
  | boolean
  | null
  | { $int: string }
  | { $datetime: { year: number; month: number; day: number; hour: number; minute: number; second: number; nanosecond: number; offset: number | null; zone: string | null } }
  | TypedValue[];

export type Properties = Record<string, TypedValue>;

export interface DumpNode {
  labels: string[];
  props: Properties;
}

export interface DumpRelationship {
  type: string;
  start: { label: string; id: string };
  end: { label: string; id: string };
  props: Properties;
}

export class DumpError extends Error {
  override name = "DumpError";
}

const num = (v: unknown) => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v));

export function encodeValue(v: unknown, where: string): TypedValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new DumpError(`${where}: ${v} cannot be stored`);
    return v;
  }
  if (neo4j.isInt(v)) return { $int: (v as { toString(): string }).toString() };
  if (neo4j.isDateTime(v)) {
    const d = v as unknown as { year: unknown; month: unknown; day: unknown; hour: unknown; minute: unknown; second: unknown; nanosecond: unknown; timeZoneOffsetSeconds?: unknown; timeZoneId?: string | null };
    return {
      $datetime: {
        year: num(d.year),
        month: num(d.month),
        day: num(d.day),
        hour: num(d.hour),
        minute: num(d.minute),
        second: num(d.second),
        nanosecond: num(d.nanosecond),
        offset: d.timeZoneOffsetSeconds == null ? null : num(d.timeZoneOffsetSeconds),
        zone: d.timeZoneId ?? null,
      },
    };
  }
  if (Array.isArray(v)) return v.map((x, i) => encodeValue(x, `${where}[${i}]`));
  throw new DumpError(`${where}: a value of an unsupported type (${Object.prototype.toString.call(v)})`);
}

export function decodeValue(v: TypedValue, where: string): unknown {
  if (v === null || typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
  if (Array.isArray(v)) return v.map((x, i) => decodeValue(x, `${where}[${i}]`));
  if (typeof v === "object" && "$int" in v && typeof v.$int === "string" && /^-?\d{1,19}$/.test(v.$int)) return neo4j.int(v.$int);
  if (typeof v === "object" && "$datetime" in v && v.$datetime && typeof v.$datetime === "object") {
    const d = v.$datetime;
    const ints = [d.year, d.month, d.day, d.hour, d.minute, d.second, d.nanosecond];
    if (ints.every((x) => Number.isInteger(x)) && (d.offset === null || Number.isInteger(d.offset)) && (d.zone === null || typeof d.zone === "string"))
      return new neo4j.types.DateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.nanosecond, d.offset ?? undefined, d.zone ?? undefined);
  }
  throw new DumpError(`${where}: not a value this format stores`);
}

function encodeProps(props: Record<string, unknown>, where: string): Properties {
  const out: Properties = {};
  for (const k of Object.keys(props).sort()) out[k] = encodeValue(props[k], `${where}.${k}`);
  return out;
}

function decodeProps(props: unknown, where: string): Record<string, unknown> {
  if (!props || typeof props !== "object" || Array.isArray(props)) throw new DumpError(`${where}: properties must be an object`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v as TypedValue, `${where}.${k}`);
  return out;
}

/** Labels and types go into Cypher as names, so only plain identifiers are accepted (a backup file is input). */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
export function checkName(name: unknown, what: string): string {
  if (typeof name !== "string" || !NAME.test(name)) throw new DumpError(`${what} ${JSON.stringify(name)} is not a plain name`);
  return name;
}

export interface DumpScope {
  /** Only entities and the relations between them (default: everything). */
  entitiesOnly?: boolean;
  /** With entitiesOnly: leave out relations a person rejected. */
  withoutRejected?: boolean;
}

/** Streams every node (ordered by label, then id) and every relationship (by type, ends, id) in one consistent read. */
export async function dumpGraph(onNode: (n: DumpNode) => void | Promise<void>, onRelationship: (r: DumpRelationship) => void | Promise<void>, scope: DumpScope = {}): Promise<void> {
  const params = { entitiesOnly: scope.entitiesOnly === true, withoutRejected: scope.entitiesOnly === true && scope.withoutRejected === true };
  await readTx(async (tx) => {
    const nodes = tx.run(
      `MATCH (n)
       WHERE NOT $entitiesOnly OR n:Entity
       RETURN labels(n) AS labels, properties(n) AS props
       ORDER BY labels[0], n.id`,
      params,
    );
    for await (const r of nodes) {
      const labels = (r.get("labels") as string[]).slice().sort();
      const props = r.get("props") as Record<string, unknown>;
      if (typeof props.id !== "string") throw new DumpError(`a :${labels.join(":")} node has no id: only nodes with an id can be backed up`);
      await onNode({ labels, props: encodeProps(props, `:${labels[0]} ${props.id}`) });
    }
    const rels = tx.run(
      `MATCH (a)-[r]->(b)
       WHERE (NOT $entitiesOnly OR (a:Entity AND b:Entity)) AND (NOT $withoutRejected OR r.rejected IS NULL)
       RETURN type(r) AS type, labels(a)[0] AS aLabel, a.id AS a, labels(b)[0] AS bLabel, b.id AS b, properties(r) AS props
       ORDER BY type, a, b, r.id, r.start, r.end`,
      params,
    );
    for await (const r of rels) {
      const props = r.get("props") as Record<string, unknown>;
      const type = String(r.get("type"));
      await onRelationship({
        type,
        start: { label: String(r.get("aLabel")), id: String(r.get("a")) },
        end: { label: String(r.get("bLabel")), id: String(r.get("b")) },
        props: encodeProps(props, `-[:${type}]-`),
      });
    }
  });
}

export async function countGraph(): Promise<{ nodes: number; relationships: number }> {
  return readTx(async (tx) => {
    const res = await tx.run("CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships");
    return { nodes: num(res.records[0]?.get("nodes")), relationships: num(res.records[0]?.get("relationships")) };
  });
}

/** Creates nodes with their labels and properties (one transaction per batch). */
export async function loadNodes(batch: DumpNode[]): Promise<void> {
  const groups = new Map<string, Record<string, unknown>[]>();
  batch.forEach((n, i) => {
    if (!Array.isArray(n.labels) || n.labels.length === 0) throw new DumpError(`node ${i}: no label`);
    const key = n.labels.map((l) => checkName(l, "label")).join(":");
    groups.set(key, [...(groups.get(key) ?? []), decodeProps(n.props, `node :${key}`)]);
  });
  await writeTx(async (tx: ManagedTransaction) => {
    for (const [key, rows] of groups) {
      const labels = key.split(":").map((l) => `\`${l}\``).join(":");
      await tx.run(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row`, { rows });
    }
  });
}

/** Creates relationships between nodes found by label and id; every end must exist. */
export async function loadRelationships(batch: DumpRelationship[]): Promise<void> {
  const groups = new Map<string, { s: string; e: string; props: Record<string, unknown> }[]>();
  for (const r of batch) {
    if (!r || typeof r !== "object" || !r.start || !r.end) throw new DumpError("a relationship without its ends");
    const key = [checkName(r.type, "type"), checkName(r.start.label, "label"), checkName(r.end.label, "label")].join(" ");
    if (typeof r.start.id !== "string" || typeof r.end.id !== "string") throw new DumpError(`a :${r.type} relationship without the ids of its ends`);
    groups.set(key, [...(groups.get(key) ?? []), { s: r.start.id, e: r.end.id, props: decodeProps(r.props, `-[:${r.type}]-`) }]);
  }
  await writeTx(async (tx: ManagedTransaction) => {
    for (const [key, rows] of groups) {
      const [type, startLabel, endLabel] = key.split(" ");
      const res = await tx.run(
        `UNWIND $rows AS row
         MATCH (a:\`${startLabel}\` {id: row.s})
         MATCH (b:\`${endLabel}\` {id: row.e})
         CREATE (a)-[r:\`${type}\`]->(b)
         SET r = row.props
         RETURN count(r) AS n`,
        { rows },
      );
      const made = num(res.records[0]?.get("n"));
      if (made !== rows.length) throw new DumpError(`${rows.length - made} :${type} relationship(s) name an end that is not in the backup`);
    }
  });
}

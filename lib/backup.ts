// One-file backups: the whole graph and every SQLite table as JSON lines (gzip when the name ends in .gz), closed by the
// counts and SHA-256 checksums a restore must reproduce.
import { createHash } from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { PassThrough, Readable } from "node:stream";
import zlib from "node:zlib";
import { PIPELINE_VERSION } from "../graph-seed/version";
import { getDb } from "./db";
import { countGraph, dumpGraph, DumpError, loadNodes, loadRelationships, type DumpNode, type DumpRelationship } from "./graph/dump";
import { ensureSchema } from "./graph/schema";
import { runAuto } from "./neo4j";

export const BACKUP_FORMAT = "sanad-backup";
export const BACKUP_VERSION = 1;

/** SQLite tables in the order a restore writes them (a query's runs after the query). */
export const TABLES = ["SavedQuery", "QueryRun", "IngestRun", "Curation"] as const;
type Table = (typeof TABLES)[number];

export interface BackupCounts {
  nodes: number;
  relationships: number;
  tables: Record<Table, number>;
}

export interface BackupChecksums {
  graph: string;
  tables: Record<Table, string>;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  counts: BackupCounts;
  checksums: BackupChecksums;
}

export class BackupError extends Error {
  override name = "BackupError";
}

type Delegate = { findMany(args: unknown): Promise<Record<string, unknown>[]>; count(): Promise<number>; createMany(args: { data: unknown[] }): Promise<unknown>; deleteMany(): Promise<unknown> };

function delegate(table: Table): Delegate {
  const db = getDb() as unknown as Record<string, Delegate>;
  return db[table.charAt(0).toLowerCase() + table.slice(1)]!;
}

/** A row as JSON with sorted keys; dates tagged so they come back as dates. */
function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(row).sort()) {
    const v = row[k];
    out[k] = v instanceof Date ? { $date: v.toISOString() } : v;
  }
  return out;
}

function decodeRow(row: unknown, table: Table): Record<string, unknown> {
  if (!row || typeof row !== "object" || Array.isArray(row)) throw new BackupError(`a ${table} row is not an object`);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === "object" && "$date" in v) {
      const d = new Date(String((v as { $date: unknown }).$date));
      if (Number.isNaN(d.getTime())) throw new BackupError(`${table}.${k}: not a date`);
      out[k] = d;
    } else out[k] = v;
  }
  return out;
}

/** Every row of a table, in id order, a page at a time. */
async function* tableRows(table: Table): AsyncGenerator<Record<string, unknown>> {
  let cursor: unknown;
  for (;;) {
    const page = await delegate(table).findMany({ orderBy: { id: "asc" }, take: 1000, ...(cursor !== undefined ? { cursor: { id: cursor }, skip: 1 } : {}) });
    for (const row of page) yield row;
    if (page.length < 1000) return;
    cursor = page[page.length - 1]!.id;
  }
}

const nodeLine = (n: DumpNode) => JSON.stringify({ t: "node", labels: n.labels, props: n.props });
const relLine = (r: DumpRelationship) => JSON.stringify({ t: "rel", type: r.type, start: r.start, end: r.end, props: r.props });
const rowLine = (table: Table, row: Record<string, unknown>) => JSON.stringify({ t: "row", table, row });

/** Reads everything in its canonical form, handing each line to `emit`; returns counts and checksums. */
async function walk(emit: (line: string) => void | Promise<void>): Promise<{ counts: BackupCounts; checksums: BackupChecksums }> {
  const graphHash = createHash("sha256");
  const counts: BackupCounts = { nodes: 0, relationships: 0, tables: { SavedQuery: 0, QueryRun: 0, IngestRun: 0, Curation: 0 } };
  await dumpGraph(
    async (n) => {
      const line = nodeLine(n);
      graphHash.update(line + "\n");
      counts.nodes++;
      await emit(line);
    },
    async (r) => {
      const line = relLine(r);
      graphHash.update(line + "\n");
      counts.relationships++;
      await emit(line);
    },
  );
  const tables = {} as Record<Table, string>;
  for (const table of TABLES) {
    const hash = createHash("sha256");
    for await (const row of tableRows(table)) {
      const line = rowLine(table, encodeRow(row));
      hash.update(line + "\n");
      counts.tables[table]++;
      await emit(line);
    }
    tables[table] = hash.digest("hex");
  }
  return { counts, checksums: { graph: graphHash.digest("hex"), tables } };
}

/** Counts and checksums of what is stored now (what a backup would hold). */
export async function storeChecksums(): Promise<{ counts: BackupCounts; checksums: BackupChecksums }> {
  return walk(() => {});
}

/** Writes the whole graph and the SQLite data to one file. */
export async function writeBackup(file: string): Promise<BackupSummary> {
  const out = new PassThrough();
  const sink = fs.createWriteStream(file, { mode: 0o600 });
  const done = file.endsWith(".gz") ? pipeline(out, zlib.createGzip(), sink) : pipeline(out, sink);
  const write = (line: string) => (out.write(line + "\n") ? undefined : new Promise<void>((r) => out.once("drain", () => r())));
  try {
    await write(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), pipelineVersion: PIPELINE_VERSION }));
    const { counts, checksums } = await walk(write);
    await write(JSON.stringify({ t: "end", counts, checksums }));
    out.end();
    await done;
    return { file, bytes: fs.statSync(file).size, counts, checksums };
  } catch (err) {
    out.destroy();
    await done.catch(() => {});
    fs.rmSync(file, { force: true });
    throw err;
  }
}

async function isEmpty(): Promise<{ empty: boolean; what: string }> {
  const graph = await countGraph();
  const rows = await Promise.all(TABLES.map(async (t) => [t, await delegate(t).count()] as const));
  const held = [...(graph.nodes ? [`${graph.nodes} graph nodes`] : []), ...rows.filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t} rows`)];
  return { empty: held.length === 0, what: held.join(", ") };
}

/** Deletes the whole graph and every SQLite row (restore --replace, and cleaning up a failed restore). */
export async function wipeStores(): Promise<void> {
  await runAuto("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  for (const t of [...TABLES].reverse()) await delegate(t).deleteMany();
}

function openLines(file: string) {
  let input: Readable;
  try {
    const fd = fs.openSync(file, "r");
    const magic = Buffer.alloc(2);
    fs.readSync(fd, magic, 0, 2, 0);
    fs.closeSync(fd);
    const raw = fs.createReadStream(file);
    input = magic[0] === 0x1f && magic[1] === 0x8b ? raw.pipe(zlib.createGunzip()) : raw;
  } catch (err) {
    throw new BackupError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
  return readline.createInterface({ input, crlfDelay: Infinity });
}

type EndRecord = { counts: BackupCounts; checksums: BackupChecksums };

/** Reads a whole backup file and checks it against its own counts and checksums, before anything is touched. */
export async function verifyBackupFile(file: string): Promise<EndRecord> {
  const lines = openLines(file);
  const graph = createHash("sha256");
  const tables = new Map<Table, ReturnType<typeof createHash>>(TABLES.map((t) => [t, createHash("sha256")]));
  const counts: BackupCounts = { nodes: 0, relationships: 0, tables: { SavedQuery: 0, QueryRun: 0, IngestRun: 0, Curation: 0 } };
  let end: EndRecord | null = null;
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      let rec: { t?: unknown; table?: unknown; format?: unknown; version?: unknown };
      try {
        rec = JSON.parse(line);
      } catch {
        throw new BackupError(lineNo === 1 ? `${file} is not a Sanad backup (its first line is not JSON)` : `line ${lineNo}: not JSON (the file is cut or damaged)`);
      }
      if (lineNo === 1) {
        if (rec.format !== BACKUP_FORMAT || rec.version !== BACKUP_VERSION) throw new BackupError(`${file} is not a Sanad backup of version ${BACKUP_VERSION}`);
        continue;
      }
      if (end) throw new BackupError(`line ${lineNo}: data after the end of the backup`);
      if (rec.t === "node" || rec.t === "rel") {
        graph.update(line + "\n");
        if (rec.t === "node") counts.nodes++;
        else counts.relationships++;
      } else if (rec.t === "row" && TABLES.includes(rec.table as Table)) {
        tables.get(rec.table as Table)!.update(line + "\n");
        counts.tables[rec.table as Table]++;
      } else if (rec.t === "end") end = rec as unknown as EndRecord;
      else throw new BackupError(`line ${lineNo}: unknown record ${JSON.stringify(rec.t ?? rec.table)}`);
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`cannot read ${file}: ${err instanceof Error ? err.message : err}`);
  } finally {
    lines.close();
  }
  if (lineNo === 0) throw new BackupError(`${file} is empty`);
  if (!end) throw new BackupError("the backup has no end record: the file is cut short");
  const checksums: BackupChecksums = { graph: graph.digest("hex"), tables: Object.fromEntries(TABLES.map((t) => [t, tables.get(t)!.digest("hex")])) as Record<Table, string> };
  if (JSON.stringify(counts) !== JSON.stringify(end.counts) || JSON.stringify(checksums) !== JSON.stringify(end.checksums))
    throw new BackupError("the file is damaged: what it holds does not match its own counts and checksums");
  return end;
}

export interface RestoreSummary {
  counts: BackupCounts;
  checksums: BackupChecksums;
}

/**
 * Restores a backup into an empty installation (or, with `replace`, after deleting what is there) and checks that the
 * counts and checksums it reproduces are the file's. Any failure leaves the stores empty again.
 */
export async function restoreBackup(file: string, opts: { replace?: boolean; progress?: (line: string) => void } = {}): Promise<RestoreSummary> {
  // The whole file is checked first: a damaged backup never replaces anything.
  await verifyBackupFile(file);
  const state = await isEmpty();
  if (!state.empty && !opts.replace) {
    throw new BackupError(`the installation is not empty (${state.what}): restore into an empty one, or pass --replace to delete what is there first`);
  }
  if (!state.empty) {
    opts.progress?.(`deleting what is there (${state.what})`);
    await wipeStores();
  }
  await ensureSchema();

  const lines = openLines(file);
  const it = lines[Symbol.asyncIterator]();
  await it.next();
  try {
    let end: EndRecord | null = null;
    let nodes: DumpNode[] = [];
    let rels: DumpRelationship[] = [];
    const rows = new Map<Table, Record<string, unknown>[]>();
    let phase: "node" | "rel" | "row" = "node";
    let lineNo = 1;
    const flushNodes = async () => {
      if (nodes.length) await loadNodes(nodes);
      nodes = [];
    };
    const flushRels = async () => {
      if (rels.length) await loadRelationships(rels);
      rels = [];
    };
    const flushRows = async (table: Table) => {
      const batch = rows.get(table);
      if (batch?.length) await delegate(table).createMany({ data: batch });
      rows.set(table, []);
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      lineNo++;
      if (end) throw new BackupError(`line ${lineNo}: data after the end of the backup`);
      let rec: { t?: string; table?: string; row?: unknown; labels?: unknown; props?: unknown } & Record<string, unknown>;
      try {
        rec = JSON.parse(next.value);
      } catch {
        throw new BackupError(`line ${lineNo}: not JSON (the file is cut or damaged)`);
      }
      if (rec.t === "node") {
        if (phase !== "node") throw new BackupError(`line ${lineNo}: a node after the relationships`);
        nodes.push(rec as unknown as DumpNode);
        if (nodes.length >= 2000) await flushNodes();
      } else if (rec.t === "rel") {
        if (phase === "node") await flushNodes();
        if (phase === "row") throw new BackupError(`line ${lineNo}: a relationship after the tables`);
        phase = "rel";
        rels.push(rec as unknown as DumpRelationship);
        if (rels.length >= 2000) await flushRels();
      } else if (rec.t === "row") {
        if (phase !== "row") {
          await flushNodes();
          await flushRels();
          phase = "row";
        }
        const table = rec.table as Table;
        if (!TABLES.includes(table)) throw new BackupError(`line ${lineNo}: unknown table ${JSON.stringify(rec.table)}`);
        // Tables come in order; finish the earlier ones first (a query before its runs).
        for (const t of TABLES.slice(0, TABLES.indexOf(table))) await flushRows(t);
        const list = rows.get(table) ?? [];
        list.push(decodeRow(rec.row, table));
        rows.set(table, list);
        if (list.length >= 1000) await flushRows(table);
      } else if (rec.t === "end") {
        end = rec as unknown as EndRecord;
      } else throw new BackupError(`line ${lineNo}: unknown record ${JSON.stringify(rec.t)}`);
    }
    if (!end) throw new BackupError("the backup has no end record: the file is cut short");
    await flushNodes();
    await flushRels();
    for (const t of TABLES) await flushRows(t);
    opts.progress?.("restored; checking counts and checksums");
    const now = await storeChecksums();
    if (JSON.stringify(now.counts) !== JSON.stringify(end.counts)) throw new BackupError(`the restored counts ${JSON.stringify(now.counts)} are not the backup's ${JSON.stringify(end.counts)}`);
    if (JSON.stringify(now.checksums) !== JSON.stringify(end.checksums)) throw new BackupError("the restored data do not match the backup's checksums");
    lines.close();
    return now;
  } catch (err) {
    lines.close();
    await wipeStores().catch(() => {});
    if (err instanceof DumpError) throw new BackupError(`the backup cannot be restored: ${err.message}`);
    if (err instanceof BackupError) throw err;
    throw new BackupError(`the backup cannot be restored: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : err}`);
  }
}

// Curation records in SQLite (Prisma): create, read, mark undone; each with a one-line summary for people.
import { getDb } from "../db";
import { NotFoundError, StoreUnavailableError } from "../errors";
import type { CurationKind, CurationPayload, CurationRecord } from "./types";

type Row = { id: number; kind: string; target: string; payload: string; reason: string | null; createdAt: Date; undoneAt: Date | null };

/** Runs a SQLite call; a failure to reach the store becomes StoreUnavailableError (503, nothing changed). */
async function store<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof NotFoundError) throw err;
    throw new StoreUnavailableError(`the curation store (SQLite) cannot be used: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}`);
  }
}

const quote = (s: string) => `“${s}”`;
const arrow = (r: { source: string; target: string }, names: Record<string, string>) => `${quote(names[r.source] ?? r.source)} → ${quote(names[r.target] ?? r.target)}`;

export function summarize(kind: CurationKind, target: string, payload: CurationPayload, reason?: string | null): string {
  switch (payload.kind) {
    case "merge":
      return `Merged ${quote(payload.source.name)} (${payload.source.id}) into ${quote(payload.target.name)}`;
    case "edit": {
      const changes = Object.keys(payload.fields).map((k) => {
        const before = payload.before[k as keyof typeof payload.before];
        const after = payload.after[k as keyof typeof payload.after];
        const show = (v: unknown) => (Array.isArray(v) ? (v.length ? v.join(", ") : "none") : v == null || v === "" ? "none" : String(v));
        return `${k} ${show(before)} → ${show(after)}`;
      });
      return `Edited: ${changes.join("; ")}`;
    }
    case "confirm":
      return "Confirmed (curated, confidence 100%)";
    case "reject":
      return `Rejected${reason ? `: ${reason}` : ""}`;
    case "add-relation":
      return `Added ${payload.added.type} ${payload.added.source} → ${payload.added.target} from ${quote(payload.added.span)}`;
    case "reverse":
      return `Reversed ${payload.from.type}: ${arrow(payload.from, payload.names)} became ${arrow(payload.to, payload.names)}`;
    case "retype":
      return `Changed the type of ${arrow(payload.from, payload.names)}: ${payload.from.type} → ${payload.to.type}`;
    case "move-end": {
      const [was, now] = payload.end === "source" ? [payload.from.source, payload.to.source] : [payload.from.target, payload.to.target];
      const other = payload.end === "source" ? payload.from.target : payload.from.source;
      const name = (id: string) => quote(payload.names[id] ?? id);
      return `Moved ${payload.from.type} ${payload.end === "source" ? `→ ${name(other)}` : `from ${name(other)}`}: ${payload.end} ${name(was)} → ${name(now)}`;
    }
    case "split":
      return `Split ${quote(payload.entity.name)} (${payload.entity.id}): ${payload.mentions.length} mention${payload.mentions.length === 1 ? "" : "s"} (${[...new Set(payload.mentions.map((m) => quote(m.surface)))].join(", ")}) moved to ${quote(payload.into.name)} (${payload.into.id})`;
    case "delete-document":
      return `Deleted the document ${quote(payload.document.title || payload.document.id)}`;
    case "replace-document":
      return `Replaced ${quote(payload.old.title || payload.old.id)} with a new version (${payload.newId})`;
    default:
      return `${kind} ${target}`;
  }
}

export function toRecord(row: Row): CurationRecord {
  const payload = JSON.parse(row.payload) as CurationPayload;
  return {
    id: row.id,
    kind: row.kind as CurationKind,
    target: row.target,
    payload,
    ...(row.reason ? { reason: row.reason } : {}),
    createdAt: row.createdAt.toISOString(),
    ...(row.undoneAt ? { undoneAt: row.undoneAt.toISOString() } : {}),
    summary: summarize(row.kind as CurationKind, row.target, payload, row.reason),
  };
}

export async function createRecord(target: string, payload: CurationPayload, reason?: string): Promise<CurationRecord> {
  const row = await store(() => getDb().curation.create({ data: { kind: payload.kind, target, payload: JSON.stringify(payload), reason: reason ?? null } }));
  return toRecord(row);
}

/** Removes a record whose action could not be carried out (the graph refused it), so it is never replayed. */
export async function discardRecord(id: number): Promise<void> {
  await store(() => getDb().curation.deleteMany({ where: { id } }));
}

export async function getRecord(id: number): Promise<CurationRecord> {
  const row = await store(() => getDb().curation.findUnique({ where: { id } }));
  if (!row) throw new NotFoundError(`no curation record #${id}`);
  return toRecord(row);
}

/** Records still in force, oldest first: the order they are applied in. */
export async function activeRecords(): Promise<CurationRecord[]> {
  const rows = await store(() => getDb().curation.findMany({ where: { undoneAt: null }, orderBy: { id: "asc" } }));
  return rows.map(toRecord);
}

export async function setUndone(id: number, at: Date | null): Promise<void> {
  await store(() => getDb().curation.update({ where: { id }, data: { undoneAt: at } }));
}

/**
 * Every record about these targets (undone ones too), newest first; `mentioned` also finds the records whose payload
 * names one of them as a value (a relation moved away from that id, an entity split off), of the given kinds.
 */
export async function recordsFor(targets: string[], limit = 100, mentioned: { ids: string[]; kinds: string[] } = { ids: [], kinds: [] }): Promise<CurationRecord[]> {
  const quoted = mentioned.ids.map((id) => ({ payload: { contains: JSON.stringify(id) } }));
  const where = quoted.length && mentioned.kinds.length ? { OR: [{ target: { in: targets } }, { kind: { in: mentioned.kinds }, OR: quoted }] } : { target: { in: targets } };
  const rows = await store(() => getDb().curation.findMany({ where, orderBy: { id: "desc" }, take: limit }));
  return rows.map(toRecord).filter((r) => targets.includes(r.target) || mentionedIn(r, mentioned.ids));
}

/** Whether a record's payload names one of these ids as a relation it changed or an entity it split (not merely a similar string). */
function mentionedIn(r: CurationRecord, ids: string[]): boolean {
  const p = r.payload;
  if (p.kind === "reverse" || p.kind === "retype" || p.kind === "move-end") return ids.includes(p.from.id) || ids.includes(p.to.id);
  if (p.kind === "split") return ids.includes(p.entity.id) || ids.includes(p.into.id);
  return false;
}

/** The latest records of every kind, newest first. */
export async function recentRecords(limit = 100): Promise<CurationRecord[]> {
  const rows = await store(() => getDb().curation.findMany({ orderBy: { id: "desc" }, take: limit }));
  return rows.map(toRecord);
}

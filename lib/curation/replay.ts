// Applies curation records to the graph: one now (strict), or all of them again after a re-seed or re-ingest.
import type { ManagedTransaction } from "neo4j-driver";
import { relationIdOf, SYMMETRIC_TYPES } from "../../graph-seed/relation-types";
import { addRelation, mergeEntities, parseRelationId, readEntity, reshapeRelation, setEntity, setVerdict, splitEntity } from "../graph/curation-writes";
import { applyEdit, combineEntities } from "./combine";
import type { AddedRelation, CurationRecord, RelationEnds } from "./types";

/** Where an entity id leads after the given merges (in order): A merged into B, then B into C, is C. */
export function followMerges(id: string, merges: CurationRecord[]): string {
  let current = id;
  for (const r of merges) if (r.payload.kind === "merge" && r.payload.source.id === current) current = r.target;
  return current;
}

/** A relation id with its ends followed through the given merges. */
export function followRelation(id: string, merges: CurationRecord[]): string {
  const parts = parseRelationId(id);
  return parts ? relationIdOf(parts.type, followMerges(parts.source, merges), followMerges(parts.target, merges)).id : id;
}

function followEnds(r: RelationEnds, merges: CurationRecord[]): RelationEnds {
  const ends = relationIdOf(r.type, followMerges(r.source, merges), followMerges(r.target, merges));
  return { id: ends.id, type: r.type, source: ends.source, target: ends.target };
}

function followAdded(a: AddedRelation, merges: CurationRecord[]): AddedRelation {
  const source = followMerges(a.source, merges);
  const target = followMerges(a.target, merges);
  const ends = relationIdOf(a.type, source, target);
  return { ...a, relation: ends.id, source: SYMMETRIC_TYPES.has(a.type) ? ends.source : source, target: SYMMETRIC_TYPES.has(a.type) ? ends.target : target };
}

/**
 * Applies one record; false when what it is about is not in the graph (it stays on record and applies when it is).
 * `later` are the merges recorded after it: when the pipeline already reads a merged entity's names as the entity that
 * remains (the alias list), a verdict or an added relation about the merged one applies to where it went.
 */
export async function applyRecord(tx: ManagedTransaction, record: CurationRecord, strict = false, later: CurationRecord[] = []): Promise<boolean> {
  const p = record.payload;
  switch (p.kind) {
    case "merge": {
      if ((await mergeEntities(tx, p.source.id, record.target, p.target)) !== null) return true;
      // The pipeline already read the merged names as the entity that remains: it still takes them in (and the old id).
      const target = await readEntity(tx, record.target);
      return target ? setEntity(tx, combineEntities(p.source, target)) : false;
    }
    case "edit": {
      const entity = await readEntity(tx, record.target);
      return entity ? setEntity(tx, applyEdit(entity, p.fields)) : false;
    }
    case "confirm":
    case "reject": {
      const verdict = p.kind === "confirm" ? "confirmed" : "rejected";
      if (await setVerdict(tx, record.target, verdict, record.reason)) return true;
      const moved = followRelation(record.target, later);
      return moved !== record.target && setVerdict(tx, moved, verdict, record.reason);
    }
    case "add-relation": {
      if (await addRelation(tx, p.added, strict)) return true;
      const moved = followAdded(p.added, later);
      return moved.relation !== p.added.relation && addRelation(tx, moved, false);
    }
    case "reverse":
    case "retype":
    case "move-end": {
      if (await reshapeRelation(tx, p.from.id, p.to)) return true;
      // The relation's ends were merged since: the change applies to where they went.
      const from = followRelation(p.from.id, later);
      if (from === p.from.id) return false;
      const to = followEnds(p.to, later);
      return (await reshapeRelation(tx, from, to)) !== null;
    }
    case "split": {
      if (await splitEntity(tx, record.target, p.into, p.mentions)) return true;
      const moved = followMerges(record.target, later);
      return moved !== record.target && splitEntity(tx, moved, p.into, p.mentions);
    }
    // Deleted and replaced documents are kept out at ingest time (a re-seed skips them); nothing to do in the graph.
    case "delete-document":
    case "replace-document":
      return true;
  }
}

/** Applies every record in order, inside the caller's transaction (the one that wrote the documents). */
export async function replayRecords(tx: ManagedTransaction, records: CurationRecord[]): Promise<{ applied: number; pending: number }> {
  let applied = 0;
  const merges = records.filter((r) => r.kind === "merge");
  for (const record of records) {
    const later = merges.filter((m) => m.id > record.id);
    if (await applyRecord(tx, record, false, later)) applied++;
  }
  return { applied, pending: records.length - applied };
}

// Curation use cases: carry out an action (recorded first, applied in one transaction), undo one, read the history.
import { GAZETTEER } from "../../graph-seed/gazetteer";
import { relationIdOf } from "../../graph-seed/relation-types";
import { prepare } from "../documents/ingest";
import { PIPELINE_VERSION } from "../../graph-seed/version";
import { rebuildDocuments, writeExtraction } from "../graph/write";
import { ConflictError, NotFoundError, UnprocessableError } from "../errors";
import { discoveredSurfaces, documentsTouching, existingDocuments, parseRelationId, readEntity, readMentions, readRelation, readStoredDocuments, resolveAddedRelation, type RelationState } from "../graph/curation-writes";
import { slugify } from "../../graph-seed/gazetteer";
import { SYMMETRIC_TYPES } from "../graph/model";
import type { ManagedTransaction } from "neo4j-driver";
import { readTx, writeTx } from "../neo4j";
import type { CurationAction } from "./actions";
import { aliasList, type AliasListEntry } from "./aliases";
import { applyEdit } from "./combine";
import { createRecord, discardRecord, getRecord, recentRecords, recordsFor, setUndone } from "./records";
import { applyRecord, followMerges, followRelation, replayRecords } from "./replay";
import { loadCurationState } from "./state";
import { serially } from "./serial";
import { RELATION_CHANGES, type CurationPayload, type CurationRecord, type RelationChange, type StoredDocument } from "./types";

/** Checks an action against the graph and says what to record; throws 404 / 409 / 422 before anything is written. */
async function plan(action: CurationAction): Promise<{ target: string; payload: CurationPayload }> {
  return readTx(async (tx) => {
    switch (action.kind) {
      case "merge": {
        if (action.source === action.into) throw new UnprocessableError("an entity cannot be merged into itself", { into: "same as source" });
        const source = await readEntity(tx, action.source);
        if (!source) throw new NotFoundError(`no entity with id "${action.source}"`);
        const target = await readEntity(tx, action.into);
        if (!target) throw new NotFoundError(`no entity with id "${action.into}"`);
        source.surfaces = await discoveredSurfaces(tx, source.id);
        target.surfaces = await discoveredSurfaces(tx, target.id);
        return { target: target.id, payload: { kind: "merge", source, target } };
      }
      case "edit": {
        const before = await readEntity(tx, action.entity);
        if (!before) throw new NotFoundError(`no entity with id "${action.entity}"`);
        const { kind: _kind, entity: _entity, reason: _reason, ...fields } = action;
        const after = applyEdit(before, fields);
        if (JSON.stringify(after) === JSON.stringify(applyEdit(before, {}))) throw new UnprocessableError("nothing would change", { entity: "already so" });
        return { target: before.id, payload: { kind: "edit", fields, before: { ...before, surfaces: await discoveredSurfaces(tx, before.id) }, after } };
      }
      case "confirm":
      case "reject": {
        const relation = await readRelation(tx, action.relation);
        if (!relation) throw new NotFoundError(`no relation with id "${action.relation}"`);
        const verdict = action.kind === "confirm" ? "confirmed" : "rejected";
        if (relation.verdict === verdict) throw new ConflictError(`the relation is already ${verdict}`);
        return { target: relation.id, payload: { kind: action.kind, previous: relation.verdict } };
      }
      case "add-relation": {
        const added = await resolveAddedRelation(tx, action);
        return { target: added.relation, payload: { kind: "add-relation", added } };
      }
      case "reverse": {
        const from = await relationToChange(tx, action.relation);
        if (SYMMETRIC_TYPES.has(from.type)) throw new UnprocessableError(`${from.type} has no direction to reverse`, { relation: "undirected type" });
        const change = await relationChange(tx, from, { type: from.type, source: from.target, target: from.source });
        return { target: change.to.id, payload: { kind: "reverse", ...change } };
      }
      case "retype": {
        const from = await relationToChange(tx, action.relation);
        if (from.type === action.type) throw new UnprocessableError(`the relation is already ${action.type}`, { type: "already so" });
        const change = await relationChange(tx, from, { type: action.type, source: from.source, target: from.target });
        return { target: change.to.id, payload: { kind: "retype", ...change } };
      }
      case "move-end": {
        const from = await relationToChange(tx, action.relation);
        const [current, other] = action.end === "source" ? [from.source, from.target] : [from.target, from.source];
        if (action.to === current) throw new UnprocessableError(`${action.to} is already the ${action.end}`, { to: "already so" });
        if (action.to === other) throw new UnprocessableError("a relation joins two different entities", { to: `same as the ${action.end === "source" ? "target" : "source"}` });
        if (!(await readEntity(tx, action.to))) throw new NotFoundError(`no entity with id "${action.to}"`);
        const to = action.end === "source" ? { type: from.type, source: action.to, target: from.target } : { type: from.type, source: from.source, target: action.to };
        const change = await relationChange(tx, from, to);
        return { target: change.to.id, payload: { kind: "move-end", end: action.end, ...change } };
      }
      case "split": {
        const entity = await readEntity(tx, action.entity);
        if (!entity) throw new NotFoundError(`no entity with id "${action.entity}"`);
        const all = await readMentions(tx, entity.id);
        const key = (m: { sentence: string; start: number; end: number }) => `${m.sentence}:${m.start}-${m.end}`;
        const chosen = new Set(action.mentions.map(key));
        const unknown = [...chosen].filter((k) => !all.some((m) => key(m) === k));
        if (unknown.length) throw new NotFoundError(`${entity.id} has no mention at ${unknown.slice(0, 3).join(", ")}`);
        if (all.every((m) => chosen.has(key(m)))) throw new UnprocessableError("a split keeps some mentions where they are: leave at least one unchosen (or edit the entity instead)", { mentions: "all chosen" });
        const id = slugify(action.name);
        if (!id) throw new UnprocessableError("the new name makes no id", { name: "no letters or digits" });
        if (id === entity.id || (await readEntity(tx, id))) throw new ConflictError(`an entity with id "${id}" exists already: split into a new name, then merge if they are one`);
        const into = { id, name: action.name, ...(action.nameAr ? { nameAr: action.nameAr } : {}), type: action.type ?? entity.type, aliases: [], otherWikidata: [], mergedFrom: [] };
        const mentions = all.filter((m) => chosen.has(key(m)));
        return { target: entity.id, payload: { kind: "split", entity: { id: entity.id, name: entity.name }, into, mentions } };
      }
    }
  });
}

/** The relation a change is about: 404 when it is not there, 422 for a co-mention (they follow the mentions). */
async function relationToChange(tx: ManagedTransaction, id: string): Promise<RelationState> {
  const relation = await readRelation(tx, id);
  if (!relation) throw new NotFoundError(`no relation with id "${id}"`);
  if (relation.type === "CO_MENTIONED") throw new UnprocessableError("a co-mention only says two names share a sentence: it follows the mentions (split or merge the entity instead)", { relation: "co-mention" });
  return relation;
}

/** What a relation becomes, with the names of every entity involved (for the history). */
async function relationChange(tx: ManagedTransaction, from: RelationState, to: { type: string; source: string; target: string }): Promise<RelationChange> {
  const ends = relationIdOf(to.type, to.source, to.target);
  const names: Record<string, string> = {};
  for (const id of new Set([from.source, from.target, to.source, to.target])) names[id] = (await readEntity(tx, id))?.name ?? id;
  return { from: { id: from.id, type: from.type, source: from.source, target: from.target }, to: { id: ends.id, type: to.type, source: ends.source, target: ends.target }, names };
}

/** Records an action, then applies it to the graph; if the graph refuses it, the record goes and nothing has changed. */
export function curate(action: CurationAction): Promise<CurationRecord> {
  return serially(() => curateNow(action));
}

async function curateNow(action: CurationAction): Promise<CurationRecord> {
  const { target, payload } = await plan(action);
  const record = await createRecord(target, payload, action.reason);
  try {
    await writeTx(async (tx) => {
      if (!(await applyRecord(tx, record, true))) throw new ConflictError("the graph changed while the action was prepared; try again");
    });
  } catch (err) {
    await discardRecord(record.id).catch(() => {});
    throw err;
  }
  return record;
}

/** What a record is about, in the graph as it is now (entities may since have been merged further). */
function reach(record: CurationRecord, later: CurationRecord[]): { entities: string[]; relations: string[] } {
  const p = record.payload;
  const entityIds = (ids: string[]) => [...new Set(ids.flatMap((id) => [id, followMerges(id, later)]))];
  const relationIds = (id: string) => [...new Set([id, followRelation(id, later)])];
  switch (p.kind) {
    case "merge":
      return { entities: entityIds([p.source.id, record.target]), relations: [] };
    case "edit":
      return { entities: entityIds([record.target]), relations: [] };
    case "confirm":
    case "reject":
      return { entities: [], relations: relationIds(record.target) };
    case "add-relation":
      return { entities: [], relations: relationIds(p.added.relation) };
    case "reverse":
    case "retype":
    case "move-end":
      return { entities: [], relations: [...new Set([...relationIds(p.from.id), ...relationIds(p.to.id)])] };
    case "split":
      return { entities: entityIds([record.target, p.into.id]), relations: [] };
    default:
      return { entities: [], relations: [] };
  }
}

/** Extracts documents again from their stored text with the records in force, in one transaction. */
async function rebuild(documentIds: string[], extraDocuments: string[] = []): Promise<void> {
  const state = await loadCurationState();
  const stored = await readTx((tx) => readStoredDocuments(tx, [...new Set([...documentIds, ...extraDocuments])]));
  const xs = stored.map((d) => prepare(d.text, { title: d.title, lang: d.lang, source: d.source, publishedAt: d.publishedAt, gazetteer: state.gazetteer }));
  const extras = Object.fromEntries(stored.map((d) => [d.id, { ...(d.version ? { version: d.version } : {}), ...(d.replaces ? { replaces: d.replaces } : {}) }]));
  if (xs.length) await rebuildDocuments(xs, PIPELINE_VERSION, { extras, afterWrite: (tx) => replayRecords(tx, state.records).then(() => {}) });
  else await writeTx((tx) => replayRecords(tx, state.records).then(() => {}));
}

function extraOf(d: StoredDocument) {
  return { ...(d.version ? { version: d.version } : {}), ...(d.replaces ? { replaces: d.replaces } : {}) };
}

/** Writes a stored document again (undo of a deletion or replacement), removing `remove` in the same transaction. */
async function restoreDocument(d: StoredDocument, remove: string[]): Promise<void> {
  const state = await loadCurationState();
  const x = prepare(d.text, { title: d.title, lang: d.lang, source: d.source, publishedAt: d.publishedAt, gazetteer: state.gazetteer });
  await writeExtraction(x, PIPELINE_VERSION, { remove, documentExtra: extraOf(d), afterWrite: (tx) => replayRecords(tx, state.records).then(() => {}) });
}

/**
 * Undoes a record: it is marked undone, then the documents it touched are extracted again and every other record in
 * force re-applied (so the graph is what it would be had the action never been taken). Any failure puts the mark back.
 */
export function undoCuration(id: number): Promise<CurationRecord> {
  return serially(() => undoNow(id));
}

async function undoNow(id: number): Promise<CurationRecord> {
  const record = await getRecord(id);
  if (record.undoneAt) throw new ConflictError(`curation #${id} is already undone`);
  const p = record.payload;
  let work: () => Promise<void>;
  if (p.kind === "delete-document") {
    if ((await readTx((tx) => existingDocuments(tx, [p.document.id]))).size) throw new ConflictError("that document is in the graph again");
    work = () => restoreDocument(p.document, []);
  } else if (p.kind === "replace-document") {
    const present = await readTx((tx) => existingDocuments(tx, [p.newId, p.old.id]));
    if (!present.has(p.newId)) throw new ConflictError(`the new version ${p.newId} is no longer in the graph`);
    if (present.has(p.old.id)) throw new ConflictError(`the old version ${p.old.id} is in the graph again`);
    work = () => restoreDocument(p.old, [p.newId]);
  } else {
    const state = await loadCurationState();
    const later = state.records.filter((r) => r.id > record.id);
    const documents = await readTx((tx) => documentsTouching(tx, reach(record, later)));
    const own = p.kind === "add-relation" ? [p.added.documentId] : [];
    const present = await readTx((tx) => existingDocuments(tx, own));
    work = () => rebuild(documents, [...present]);
  }
  await setUndone(id, new Date());
  try {
    await work();
  } catch (err) {
    await setUndone(id, null).catch(() => {});
    throw err;
  }
  return getRecord(id);
}

/** The history of an entity or relation: records about it, or about the ids merged into it. */
export async function curationHistory(target: string): Promise<CurationRecord[]> {
  const ids = await readTx(async (tx) => {
    const entity = await readEntity(tx, target);
    if (entity) return entity.mergedFrom;
    const parts = parseRelationId(target);
    if (!parts) return [];
    // A relation was also known by the ids its ends had before merges.
    const [a, b] = await Promise.all([readEntity(tx, parts.source), readEntity(tx, parts.target)]);
    const sources = [parts.source, ...(a?.mergedFrom ?? [])];
    const targets = [parts.target, ...(b?.mergedFrom ?? [])];
    return sources.flatMap((s) => targets.flatMap((t) => [relationIdOf(parts.type, s, t).id, relationIdOf(parts.type, t, s).id]));
  });
  // A relation's history includes the changes that gave it its id or took it to another; an entity's, its splits.
  return recordsFor([...new Set([target, ...ids])], 100, { ids: [target], kinds: [...RELATION_CHANGES, "split"] });
}

export async function listCurations(limit?: number): Promise<CurationRecord[]> {
  return recentRecords(limit);
}

/** The local alias list the pipeline reads the next article with. */
export async function curatedAliases(): Promise<AliasListEntry[]> {
  const state = await loadCurationState();
  return aliasList(state.gazetteer, GAZETTEER);
}

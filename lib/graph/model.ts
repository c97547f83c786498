// The graph's own shape, in one place: the properties of entities and relations, how a stored record becomes the API's
// types, the relation types a person may add, and the id patterns. Writers, readers, validation and the UI import it.
// Client-safe: no driver import, so the browser may use the vocabulary.
import { RELATION_TYPES } from "../../graph-seed/relation-types";
import type { EntitySnapshot } from "../curation/types";
import type { GraphEdge, GraphNode } from "../types";
import { toNumber, toStringArray, toStringOrUndefined } from "./values";

export { DOCUMENT_ID, DOCUMENT_ID_IN_LINK, ENTITY_ID, ENTITY_ID_MAX, RELATION_ID, RELATION_TYPE_NAME, SENTENCE_ID } from "../../graph-seed/ids";
export { RELATION_TYPES, relationIdOf, SYMMETRIC_TYPES, type RelationType } from "../../graph-seed/relation-types";

/** Every property an :Entity node may hold (aliasText feeds the full-text index; the last two come from merges). */
export const ENTITY_PROPERTIES = ["id", "name", "nameAr", "type", "aliases", "aliasText", "wikidata", "otherWikidata", "mergedFrom"] as const;
/** The entity properties a person may edit. */
export const EDITABLE_ENTITY_PROPERTIES = ["name", "nameAr", "type", "aliases", "wikidata"] as const;
/** Every property of a relationship between entities (besides `topic`, `amount`, `period` that some types carry). */
export const RELATION_PROPERTIES = ["id", "modality", "evidenceCount", "weight", "confidence", "curated", "rejected"] as const;

/** Relation types a person may add: every typed relation, never a co-mention. */
export const ADDABLE_RELATION_TYPES = Object.keys(RELATION_TYPES).filter((t) => t !== "CO_MENTIONED") as [string, ...string[]];

/** The canvas's projection of an entity bound to `variable`, as a Cypher map. */
export const nodeFields = (variable: string) => `${variable} {.id, .name, .nameAr, .type}`;
/** The canvas's projection of a relationship `r` whose ends' ids are bound to `source` and `target`. */
export const edgeFields = (variable: string) =>
  `${variable} {.weight, .evidenceCount, .confidence, .curated, .rejected, id: coalesce(${variable}.id, elementId(${variable})), type: type(${variable}), source: source, target: target}`;
/** Relationship properties that are the graph's own bookkeeping, not what the text said (`topic`, `amount`, … are). */
export const RELATION_BOOKKEEPING: ReadonlySet<string> = new Set([...RELATION_PROPERTIES, "rejectedReason", "mergedFrom"]);

/** An entity's names and type (the map `nodeFields` projects, or a node's properties). */
export function entityNameFrom(p: Record<string, unknown>): { id: string; name: string; nameAr?: string; type: string } {
  const nameAr = toStringOrUndefined(p.nameAr);
  return { id: String(p.id), name: String(p.name ?? p.id), ...(nameAr ? { nameAr } : {}), type: String(p.type ?? "other") };
}

/** An entity's stored properties as the pipeline writes them (an entity merged from others adds `entityProperties`' lists). */
export function entityRow(e: { id: string; name: string; nameAr?: string; type: string; aliases: string[]; wikidata?: string }) {
  return { id: e.id, name: e.name, nameAr: e.nameAr ?? null, type: e.type, aliases: e.aliases, aliasText: e.aliases.join(" | "), wikidata: e.wikidata ?? null };
}

/** Every stored property of an entity (null removes an optional one). */
export function entityProperties(e: EntitySnapshot) {
  return { ...entityRow(e), otherWikidata: e.otherWikidata, mergedFrom: e.mergedFrom };
}

/** A stored entity's properties as plain values (the shape curation records and the details panel start from). */
export function entityFromProperties(p: Record<string, unknown>): EntitySnapshot {
  const nameAr = toStringOrUndefined(p.nameAr);
  const wikidata = toStringOrUndefined(p.wikidata);
  return {
    id: String(p.id),
    name: String(p.name ?? p.id),
    ...(nameAr ? { nameAr } : {}),
    type: String(p.type ?? "other"),
    aliases: toStringArray(p.aliases),
    ...(wikidata ? { wikidata } : {}),
    otherWikidata: toStringArray(p.otherWikidata),
    mergedFrom: toStringArray(p.mergedFrom),
  };
}

/** An entity (or the map `nodeFields` projects) as the canvas sees it. */
export function graphNodeFrom(p: Record<string, unknown>, degree: unknown): GraphNode {
  const labelAr = toStringOrUndefined(p.nameAr);
  return { id: String(p.id), label: String(p.name ?? p.id), ...(labelAr ? { labelAr } : {}), type: String(p.type ?? "other"), degree: toNumber(degree) };
}

/** A relationship's properties with its `type`, `source` and `target` as the canvas sees it. */
export function graphEdgeFrom(p: Record<string, unknown>): GraphEdge {
  return {
    id: String(p.id),
    source: String(p.source),
    target: String(p.target),
    type: String(p.type),
    weight: toNumber(p.weight) || 1,
    evidenceCount: toNumber(p.evidenceCount),
    confidence: typeof p.confidence === "number" ? p.confidence : 1,
    ...(p.curated === true ? { curated: true } : {}),
    ...(p.rejected === true ? { rejected: true } : {}),
  };
}

/** The stored properties of one relation an entity panel lists, read back from a `r {.id, .evidenceCount, …}` map. */
export function relationSummaryFrom(p: Record<string, unknown>) {
  return {
    id: String(p.id),
    type: String(p.type),
    evidenceCount: toNumber(p.evidenceCount),
    confidence: typeof p.confidence === "number" ? p.confidence : 1,
    modality: String(p.modality ?? "fact"),
    ...(p.curated === true ? { curated: true as const } : {}),
  };
}

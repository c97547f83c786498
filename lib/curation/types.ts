// Shapes of curation: what an entity looks like to a correction, and what each kind of record keeps.
import type { EntityNames } from "../types";

/** An entity's editable facts, as stored on the Entity node. */
export interface EntitySnapshot extends EntityNames {
  /** Wikidata ids of entities merged into this one beyond its own. */
  otherWikidata: string[];
  /** Ids of the entities merged into this one (old links to them still find it). */
  mergedFrom: string[];
  /** In a record: the names the texts used for an entity the pipeline discovered (they feed the alias list). */
  surfaces?: string[];
}

/** The fields an edit may change; null clears an optional one. */
export interface EntityFields {
  name?: string;
  nameAr?: string | null;
  type?: string;
  aliases?: string[];
  wikidata?: string | null;
}

export type Verdict = "confirmed" | "rejected";

/** A stored document, enough to write it again (undo of a deletion or replacement). */
export interface StoredDocument {
  id: string;
  title: string;
  lang: "ar" | "en";
  source?: string;
  publishedAt?: string;
  text: string;
  version?: number;
  replaces?: string;
}

export interface AddedRelation {
  relation: string;
  type: string;
  source: string;
  target: string;
  sentence: string; // sentence id `<documentId>:s<index>`
  documentId: string;
  start: number; // document offsets of the evidence span
  end: number;
  modality: string;
  span: string; // the text of the span, for history and to detect a changed text
}

/** A relation by its id, type and ends (ends in stored order: symmetric types keep the smaller id first). */
export interface RelationEnds {
  id: string;
  type: string;
  source: string;
  target: string;
}

/** A mention by where it is: its sentence and its document offsets (stable across re-reads of the same text). */
export interface MentionRef {
  sentence: string;
  start: number;
  end: number;
  surface: string;
}

/** A relation given another direction, type or end: what it was, what it became, and the names of the entities involved. */
export interface RelationChange {
  from: RelationEnds;
  to: RelationEnds;
  names: Record<string, string>;
}

export type CurationPayload =
  | { kind: "merge"; source: EntitySnapshot; target: EntitySnapshot }
  | { kind: "edit"; fields: EntityFields; before: EntitySnapshot; after: EntitySnapshot }
  | { kind: "confirm"; previous: Verdict | null }
  | { kind: "reject"; previous: Verdict | null }
  | { kind: "add-relation"; added: AddedRelation }
  | ({ kind: "reverse" } & RelationChange)
  | ({ kind: "retype" } & RelationChange)
  | ({ kind: "move-end"; end: "source" | "target" } & RelationChange)
  | { kind: "split"; entity: { id: string; name: string }; into: EntitySnapshot; mentions: MentionRef[] }
  | { kind: "delete-document"; document: StoredDocument }
  | { kind: "replace-document"; newId: string; old: StoredDocument };

export type CurationKind = CurationPayload["kind"];

export const CURATION_KINDS: CurationKind[] = ["merge", "edit", "confirm", "reject", "add-relation", "reverse", "retype", "move-end", "split", "delete-document", "replace-document"];

/** Kinds that give a relation another id (direction, type or an end): its history follows it through `from`. */
export const RELATION_CHANGES: ReadonlySet<CurationKind> = new Set(["reverse", "retype", "move-end"]);

/** One stored record, as the API shows it. */
export interface CurationRecord {
  id: number;
  kind: CurationKind;
  target: string;
  payload: CurationPayload;
  reason?: string;
  createdAt: string;
  undoneAt?: string;
  /** One line for people: "Merged Ayman into Ayman Safadi". */
  summary: string;
}

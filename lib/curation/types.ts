// Shapes of curation: what an entity looks like to a correction, and what each kind of record keeps.

/** An entity's editable facts, as stored on the Entity node. */
export interface EntitySnapshot {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
  aliases: string[];
  wikidata?: string;
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

export type CurationPayload =
  | { kind: "merge"; source: EntitySnapshot; target: EntitySnapshot }
  | { kind: "edit"; fields: EntityFields; before: EntitySnapshot; after: EntitySnapshot }
  | { kind: "confirm"; previous: Verdict | null }
  | { kind: "reject"; previous: Verdict | null }
  | { kind: "add-relation"; added: AddedRelation }
  | { kind: "delete-document"; document: StoredDocument }
  | { kind: "replace-document"; newId: string; old: StoredDocument };

export type CurationKind = CurationPayload["kind"];

export const CURATION_KINDS: CurationKind[] = ["merge", "edit", "confirm", "reject", "add-relation", "delete-document", "replace-document"];

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

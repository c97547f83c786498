// Shared shapes of the article → graph pipeline: what each pure step hands to the next.

export type Lang = "ar" | "en";

export type EntityType =
  | "country"
  | "person"
  | "city"
  | "organization"
  | "initiative"
  | "event"
  | "topic"
  | "region"
  | "other";

/** How a mention was found; kept on every mention and every piece of evidence. */
export type MentionRule = "exact" | "prefix" | "adjective" | "fuzzy" | "coreference" | "discovered" | "metonymy";

/** How a relation is asserted in the text. */
export type Modality = "fact" | "call" | "plan" | "attributed";

export interface GazetteerEntry {
  id: string; // stable URL-safe slug of the canonical English name: "china", "xi-jinping"
  type: EntityType;
  name: string; // canonical English name
  nameAr?: string;
  aliases: string[]; // other names in any language (the matcher folds and strips them)
  wikidata?: string; // "Q148"
}

export interface DocumentInput {
  text: string; // decoded UTF-8, BOM removed; every offset below indexes this string
  lang: Lang;
  title: string;
  source?: string;
  publishedAt?: string;
}

export interface Sentence {
  index: number; // 0-based within the document
  start: number; // offset into the document text, inclusive
  end: number; // exclusive
  text: string; // === document.text.slice(start, end)
}

export interface Mention {
  entityId: string;
  sentence: number; // sentence index
  start: number; // document offsets; text.slice(start, end) === surface
  end: number;
  surface: string;
  rule: MentionRule;
  confidence: number; // 0..1
}

export interface Evidence {
  sentence: number;
  start: number; // document offsets of the supporting span
  end: number;
  rule: string; // the pattern or rule that produced it, e.g. "co-mention", "leader-title"
  confidence: number;
  speaker?: string; // entity id of the speaker for reported speech
  cue?: { start: number; end: number }; // document offsets of the words that carried the relation (clause cues)
}

export interface Relation {
  id: string; // deterministic from type, source and target
  type: string; // UPPER_SNAKE_CASE Neo4j relationship type
  source: string; // entity id
  target: string; // entity id
  confidence: number;
  modality: Modality;
  properties?: Record<string, string | number | boolean>;
  evidence: Evidence[];
}

export interface ExtractedEntity extends GazetteerEntry {
  mentions: Mention[];
}

export interface Extraction {
  document: { id: string; lang: Lang; title: string; sha256: string; source?: string; publishedAt?: string; text: string };
  sentences: Sentence[];
  entities: ExtractedEntity[]; // sorted by id
  relations: Relation[]; // sorted by id
}

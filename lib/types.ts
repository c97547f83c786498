// Shapes the API returns and the pages consume.

export interface GraphNode {
  id: string;
  label: string; // English name
  labelAr?: string;
  type: string;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  evidenceCount: number;
  confidence: number;
  /** A person confirmed it (confidence 1). */
  curated?: true;
  /** A person rejected it: kept, hidden unless asked for. */
  rejected?: true;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  total: { nodes: number; edges: number };
}

export interface MentionView {
  document: { id: string; title: string; lang: string };
  sentence: { id?: string; index: number; text: string; start: number; end: number };
  start: number; // document offsets
  end: number;
  surface: string;
  rule: string;
  confidence: number;
}

/** What names an entity, as stored on the Entity node: the one shape readers, curation and the duplicate review share. */
export interface EntityNames {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
  aliases: string[];
  wikidata?: string;
}

export interface EntityDetails extends EntityNames {
  /** Wikidata ids of entities merged into this one. */
  otherWikidata?: string[];
  /** Ids of entities merged into this one. */
  mergedFrom?: string[];
  degree: number;
  /** The documents that mention the entity: how many, how many of them have no publication date, and the first and last day a dated one was published. */
  seen: { documents: number; undated: number; first?: string; last?: string };
  mentions: MentionView[];
  /** Every relation at the entity (co-mentions too; rejected ones left out), typed first, grouped by type and direction. */
  relations: EntityRelation[];
}

/** One relation as seen from an entity: which way it runs from there, and the entity at its other end. */
export interface EntityRelation {
  id: string;
  type: string;
  /** "out": from this entity to `other`; "in": from `other` to this one; "both": a symmetric type or a co-mention. */
  direction: "out" | "in" | "both";
  other: EntityName;
  evidenceCount: number;
  confidence: number;
  modality: string;
  curated?: true;
}

export interface Health {
  status: "ok" | "degraded" | "down";
  neo4j: { up: boolean; version?: string };
  database: { up: boolean };
  documents: number | null;
}

export interface EvidenceView {
  id: string;
  /** The article it comes from: its URL and the publication's name when the ingest had them. */
  document: { id: string; title: string; lang: string; source?: string; outlet?: string };
  sentence: { index: number; text: string; start: number; end: number };
  start: number; // document offsets of the supporting span
  end: number;
  rule: string;
  confidence: number;
  speaker?: { id: string; name: string };
  /** Document offsets of the words that carried the relation (clause cues, pipeline v7). */
  cue?: { start: number; end: number };
  /** A co-mention's evidence: document offsets of the two entities' mentions in the sentence. */
  names?: { start: number; end: number }[];
}

export interface RelationDetails {
  id: string;
  type: string;
  source: { id: string; name: string; nameAr?: string };
  target: { id: string; name: string; nameAr?: string };
  confidence: number;
  modality: string;
  /** What a person said about it. */
  curation?: { status: "confirmed" | "rejected"; reason?: string };
  properties: Record<string, string | number | boolean>;
  evidence: EvidenceView[];
}

/** One expansion of an entity: its next neighbours, the edges tying them in, and how many neighbours remain. */
export interface ExpandResult {
  entity: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Relations tying the new nodes in before the cap (`edges` of the request, default 300): more than edges.length when cut. */
  edgesTotal: number;
  remaining: number;
}

/** An entity's id, names and type: enough to name it anywhere. */
export interface EntityName {
  id: string;
  name: string;
  nameAr?: string;
  type: string;
}

/** Shortest paths between two entities: each path as entity ids and relation ids, and their union as a graph. */
export interface PathsResult {
  from: string;
  to: string;
  /** The two ends' names, found or not. */
  ends: { from: EntityName; to: EntityName };
  length: number | null; // relations per path; null when no path was found
  paths: { nodes: string[]; edges: string[] }[];
  truncated: boolean;
  graph: GraphView;
}

/** A sentence found by the full-text search, with the entities it mentions (offsets relative to the sentence). */
export interface SentenceHit {
  document: { id: string; title: string; lang: string };
  sentence: { index: number; text: string };
  score: number;
  mentions: { start: number; end: number; entityId: string }[];
  entities: { id: string; name: string; nameAr?: string; type: string }[];
}

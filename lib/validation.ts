// Zod schemas for the routes' inputs.
import { z } from "zod";
import { DOCUMENT_ID, ENTITY_ID, ENTITY_ID_MAX, RELATION_ID } from "./graph/model";
import { DOCUMENT_SORTS } from "./graph/document-sorts";
import { GRAPH_EDGES_DEFAULT, GRAPH_EDGES_MAX, GRAPH_LIMIT_MAX } from "./graph/limits";

export const entityId = z
  .string()
  .min(1)
  .max(ENTITY_ID_MAX)
  // Slugs of English names are ASCII; discovered Arabic names keep their letters ("سيرغي-لافروف").
  .regex(ENTITY_ID, "must be a lowercase slug such as china or xi-jinping");

/** A document id as the pipeline derives it (`doc-` + hex digits of its text's hash). */
export const documentId = z.string().regex(DOCUMENT_ID, "must be a document id such as doc-9527091f87bec52f");

/** A calendar day, YYYY-MM-DD, that exists (2021-02-30 does not). */
export const day = z.iso.date({ error: "must be a date such as 2021-12-15 (YYYY-MM-DD)" });

/** `since` and `until` (inclusive days): keep what articles published in that range say; either end may be open. */
export const dateRange = { since: day.optional(), until: day.optional() };
const rangeInOrder = (q: { since?: string; until?: string }) => !(q.since && q.until && q.since > q.until);
const RANGE_ORDER = { message: "since must not be after until", path: ["until"] };

export const graphQuery = z.object({
  focus: entityId.optional(),
  document: documentId.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  /** 1: a focus's neighbourhood through typed relations only (co-mentions do not widen it). */
  typed: z
    .enum(["0", "1"], { error: "must be 0 or 1" })
    .optional()
    .transform((v) => v === "1"),
  /** Entities at most; the default depends on the view (lib/graph/limits.ts). */
  limit: z.coerce.number().int().min(1).max(GRAPH_LIMIT_MAX, `must be at most ${GRAPH_LIMIT_MAX}`).optional(),
  /** Relations at most: the focus's own first, then the strongest. */
  edges: z.coerce.number().int().min(1).max(GRAPH_EDGES_MAX, `must be at most ${GRAPH_EDGES_MAX}`).default(GRAPH_EDGES_DEFAULT),
  /** 1: include the relations a person rejected (hidden by default). */
  rejected: z
    .enum(["0", "1"], { error: "must be 0 or 1" })
    .optional()
    .transform((v) => v === "1"),
  ...dateRange,
}).refine(rangeInOrder, RANGE_ORDER);

/** GET /api/documents: search, order and one page. */
export const documentsQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200).optional(),
  sort: z.enum(DOCUMENT_SORTS, { error: `must be one of ${DOCUMENT_SORTS.join(", ")}` }).default("ingested"),
  limit: z.coerce.number().int().min(1).max(200, "must be at most 200").default(50),
  cursor: z.string().min(1).max(1_000).optional(),
});

/** GET /api/entities/duplicates: the best suggestions first. */
export const duplicatesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500, "must be at most 500").default(50),
  minScore: z.coerce.number().min(0).max(1).optional(),
  type: z.string().trim().min(1).max(40).optional(),
});

/** POST /api/entities/duplicates/accept: merge `source` into `into`. */
export const acceptDuplicateInput = z
  .object({ into: entityId, source: entityId, reason: z.string().trim().min(1).max(1_000).optional() })
  .strict()
  .refine((x) => x.into !== x.source, { message: "pick two different entities", path: ["source"] });

/** POST /api/entities/duplicates/dismiss: the pair is two different things. */
export const dismissDuplicateInput = z
  .object({ a: entityId, b: entityId, reason: z.string().trim().min(1).max(1_000).optional() })
  .strict()
  .refine((x) => x.a !== x.b, { message: "pick two different entities", path: ["b"] });

/** GET /api/relations/<id>: the evidence from documents published in a range only. */
export const relationQuery = z.object(dateRange).refine(rangeInOrder, RANGE_ORDER);

/** POST /api/documents: an article to ingest. The size cap is checked on the UTF-8 bytes by the pipeline. */
export const documentInput = z
  .object({
    text: z.string({ error: "text is required" }).refine((t) => t.trim().length > 0, "text is empty"),
    title: z.string().trim().min(1).max(300).optional(),
    lang: z.enum(["ar", "en"]).optional(),
    source: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    publishedAt: z.iso.date({ error: "must be a date such as 2021-12-15" }).or(z.iso.datetime()).optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/** A relation id: `<type>:<source>:<target>` as the pipeline derives it. */
export const relationId = z
  .string()
  .max(500)
  .regex(RELATION_ID, "must be a relation id such as co_mentioned:china:russia");

export const searchQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

/** POST /api/graph/expand: the entity to expand, how many neighbours at most, and what the canvas already shows. */
export const expandInput = z
  .object({
    id: entityId,
    limit: z.number().int().min(1).max(GRAPH_LIMIT_MAX, `must be at most ${GRAPH_LIMIT_MAX}`).default(100),
    /** Relations at most, as a graph view's `edges`. */
    edges: z.number().int().min(1).max(GRAPH_EDGES_MAX, `must be at most ${GRAPH_EDGES_MAX}`).default(GRAPH_EDGES_DEFAULT),
    visible: z.array(entityId).max(GRAPH_LIMIT_MAX * 2, `at most ${GRAPH_LIMIT_MAX * 2} ids`).default([]),
    document: documentId.optional(),
    /** Expand through the relations a person rejected too (hidden by default). */
    rejected: z.boolean().default(false),
    /** Bring only the neighbours a typed relation reaches (what the canvas shows with co-mentions hidden). */
    typed: z.boolean().default(false),
    ...dateRange,
  })
  .strict()
  .refine(rangeInOrder, RANGE_ORDER);

/** GET /api/paths: two different entities, how many paths at most, how long at most, and whether co-mentions count. */
export const pathsQuery = z
  .object({
    from: entityId,
    to: entityId,
    max: z.coerce.number().int().min(1).max(50).default(10),
    maxLength: z.coerce.number().int().min(1).max(6).default(6),
    co: z.enum(["0", "1"]).default("1"),
    rejected: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0"),
    ...dateRange,
  })
  .refine((q) => q.from !== q.to, { message: "pick two different entities", path: ["to"] })
  .refine(rangeInOrder, RANGE_ORDER);

export const sentenceSearchQuery = z.object({
  q: z.string().trim().min(1, "type something to search for").max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** PUT /api/documents/<id>: a new version of the text; metadata left out keeps the stored values. */
export const newVersionInput = documentInput.safeExtend({ reason: z.string().trim().min(1).max(1_000).optional() });

export const reasonInput = z.object({ reason: z.string().trim().min(1).max(1_000).optional() }, { error: "the body must be JSON: {reason?}" }).strict();

export const curationId = z.coerce.number().int().positive().max(2 ** 31);

export const curationQuery = z.object({
  target: z.string().trim().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const exportQuery = z
  .object({
    format: z.enum(["graphml", "cypher"], { error: "must be graphml or cypher" }),
    scope: z.enum(["entities", "full"], { error: "must be entities or full" }).default("entities"),
    rejected: z
      .enum(["0", "1"], { error: "must be 0 or 1" })
      .optional()
      .transform((v) => v === "1"),
  })
  .refine((q) => !(q.format === "graphml" && q.scope === "full"), { message: "GraphML holds the entity graph only; use format=cypher for scope=full", path: ["scope"] });

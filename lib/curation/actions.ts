// The curation actions the API accepts, as zod schemas (types inferred).
import { z } from "zod";
import { ADDABLE_RELATION_TYPES, EDITABLE_ENTITY_PROPERTIES, SENTENCE_ID } from "../graph/model";
import { ENTITY_TYPES } from "../entity-types";
import { entityId, relationId } from "../validation";

const reason = z.string().trim().min(1).max(1_000).optional();
const name = z.string().trim().min(1, "must not be empty").max(200);
const offset = z.number().int().min(0).max(10_000_000);

export const sentenceId = z
  .string()
  .max(100)
  .regex(SENTENCE_ID, "must be a sentence id such as doc-9527091f87bec52f:s3");

export const mergeAction = z.object({ kind: z.literal("merge"), source: entityId, into: entityId, reason }).strict();

export const editAction = z
  .object({
    kind: z.literal("edit"),
    entity: entityId,
    name: name.optional(),
    nameAr: z.string().trim().max(200).nullable().optional(),
    type: z.enum(Object.keys(ENTITY_TYPES) as [string, ...string[]], { error: `must be one of ${Object.keys(ENTITY_TYPES).join(", ")}` }).optional(),
    aliases: z.array(name).max(100).optional(),
    wikidata: z
      .string()
      .trim()
      .regex(/^Q[1-9]\d{0,11}$/, "must be a Wikidata id such as Q148")
      .nullable()
      .optional(),
    reason,
  })
  .strict()
  .refine((a) => EDITABLE_ENTITY_PROPERTIES.some((k) => k in a), { message: `say what to change: ${EDITABLE_ENTITY_PROPERTIES.slice(0, -1).join(", ")} or ${EDITABLE_ENTITY_PROPERTIES.at(-1)}`, path: ["entity"] });

export const confirmAction = z.object({ kind: z.literal("confirm"), relation: relationId, reason }).strict();

export const rejectAction = z.object({ kind: z.literal("reject"), relation: relationId, reason: z.string({ error: "say why it is wrong" }).trim().min(1, "say why it is wrong").max(1_000) }).strict();

export const addRelationAction = z
  .object({
    kind: z.literal("add-relation"),
    type: z.enum(ADDABLE_RELATION_TYPES, { error: `must be one of ${ADDABLE_RELATION_TYPES.join(", ")}` }),
    source: entityId,
    target: entityId,
    sentence: sentenceId,
    start: offset,
    end: offset,
    modality: z.enum(["fact", "call", "plan", "attributed"]).default("fact"),
    reason,
  })
  .strict()
  .refine((a) => a.end > a.start, { message: "end must be after start", path: ["end"] });

const relationType = z.enum(ADDABLE_RELATION_TYPES, { error: `must be one of ${ADDABLE_RELATION_TYPES.join(", ")}` });

export const reverseAction = z.object({ kind: z.literal("reverse"), relation: relationId, reason }).strict();

export const retypeAction = z.object({ kind: z.literal("retype"), relation: relationId, type: relationType, reason }).strict();

export const moveEndAction = z
  .object({ kind: z.literal("move-end"), relation: relationId, end: z.enum(["source", "target"], { error: "must be source or target" }), to: entityId, reason })
  .strict();

const mentionRef = z
  .object({ sentence: sentenceId, start: offset, end: offset })
  .strict()
  .refine((m) => m.end > m.start, { message: "end must be after start", path: ["end"] });

export const splitAction = z
  .object({
    kind: z.literal("split"),
    entity: entityId,
    /** The mentions that go to the new entity; the others stay. */
    mentions: z.array(mentionRef).min(1, "choose the mentions that go to the new entity").max(10_000),
    name,
    nameAr: z.string().trim().min(1).max(200).optional(),
    type: z.enum(Object.keys(ENTITY_TYPES) as [string, ...string[]], { error: `must be one of ${Object.keys(ENTITY_TYPES).join(", ")}` }).optional(),
    reason,
  })
  .strict();

export const curationAction = z.discriminatedUnion("kind", [mergeAction, editAction, confirmAction, rejectAction, addRelationAction, reverseAction, retypeAction, moveEndAction, splitAction]);

export type CurationAction = z.infer<typeof curationAction>;

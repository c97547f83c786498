// The dry-run JSON format of `npm run seed -- --dry-run --format json`, as a zod schema (docs/seed-format.schema.json is generated from it).
import { z } from "zod";
import { DOCUMENT_ID, ENTITY_ID } from "./ids";
import type { Extraction } from "./types";

const rule = z.enum(["exact", "prefix", "adjective", "fuzzy", "coreference", "discovered", "metonymy"]);
const offset = z.number().int().nonnegative();

export const seedFormat = z
  .object({
    document: z.object({ id: z.string().regex(DOCUMENT_ID), lang: z.enum(["ar", "en"]), title: z.string() }).strict(),
    sentences: z.array(z.object({ index: offset, text: z.string().min(1), start: offset, end: offset }).strict()),
    entities: z.array(
      z
        .object({
          id: z.string().regex(ENTITY_ID),
          name: z.string().min(1).describe("canonical English name; for a discovered name without one, its surface form"),
          type: z.enum(["country", "person", "city", "organization", "initiative", "event", "topic", "region", "other"]),
          nameAr: z.string().optional(),
          aliases: z.array(z.string()).optional(),
          mentions: z.array(
            z
              .object({ sentence: offset.describe("0-based sentence index"), start: offset, end: offset, surface: z.string().min(1), rule, confidence: z.number().min(0).max(1) })
              .strict(),
          ),
        })
        .strict(),
    ),
    relations: z.array(
      z
        .object({
          id: z.string(),
          type: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
          source: z.string(),
          target: z.string(),
          confidence: z.number().min(0).max(1),
          modality: z.enum(["fact", "call", "plan", "attributed"]),
          properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
          evidence: z.array(
            z
              .object({
                sentence: offset,
                start: offset,
                end: offset,
                rule: z.string(),
                confidence: z.number().min(0).max(1),
                speaker: z.string().optional(),
                cue: z.object({ start: offset, end: offset }).strict().optional().describe("the words that carried the relation (v7)"),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict()
  .describe("Sanad seed dry-run output: one article's extraction. Offsets are JavaScript string offsets into the decoded text, end exclusive.");

export type SeedFormat = z.infer<typeof seedFormat>;

/** The dry-run JSON shape documented in docs/seed-format.md. */
export function toSeedJson(x: Extraction) {
  return {
    document: { id: x.document.id, lang: x.document.lang, title: x.document.title },
    sentences: x.sentences.map(({ index, text, start, end }) => ({ index, text, start, end })),
    entities: x.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.nameAr ? { nameAr: e.nameAr } : {}),
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      mentions: e.mentions.map(({ sentence, start, end, surface, rule, confidence }) => ({ sentence, start, end, surface, rule, confidence })),
    })),
    relations: x.relations.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      confidence: r.confidence,
      modality: r.modality,
      ...(r.properties ? { properties: r.properties } : {}),
      evidence: r.evidence,
    })),
  };
}

// Typed parameters of saved queries: their definitions, and validation of the values a run supplies.
import neo4j from "neo4j-driver";
import { z } from "zod";
import { entityId } from "../validation";

export const PARAM_TYPES = ["string", "integer", "float", "boolean", "entity"] as const;

export const paramDef = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Cypher parameter name"),
    type: z.enum(PARAM_TYPES),
    required: z.boolean().default(false),
    default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    label: z.string().max(200).optional(),
  })
  .strict();

export type ParamDef = z.infer<typeof paramDef>;

export class ParamError extends Error {
  override name = "ParamError";
  constructor(readonly fields: Record<string, string>) {
    super(`invalid parameters: ${Object.entries(fields).map(([k, v]) => `${k} ${v}`).join("; ")}`);
  }
}

function valueSchema(type: ParamDef["type"]) {
  switch (type) {
    case "string":
      return z.string().max(10_000);
    case "integer":
      return z.coerce.number().int("must be an integer").refine(Number.isSafeInteger, "is too large");
    case "float":
      return z.coerce.number().refine(Number.isFinite, "must be a finite number");
    case "boolean":
      return z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]);
    case "entity":
      return entityId;
  }
}

/** Checks supplied values against the definitions: 422 fields for missing, unknown or mistyped ones; integers become Neo4j integers. */
export function bindParams(defs: ParamDef[], supplied: unknown): Record<string, unknown> {
  const fields: Record<string, string> = {};
  const input = supplied && typeof supplied === "object" && !Array.isArray(supplied) ? (supplied as Record<string, unknown>) : {};
  if (supplied !== undefined && input !== supplied) fields._ = "parameters must be an object";
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(input)) if (!defs.some((d) => d.name === name)) fields[name] = "is not a parameter of this query";
  for (const def of defs) {
    const raw = input[def.name] === "" || input[def.name] === null ? undefined : input[def.name];
    const value = raw ?? def.default;
    if (value === undefined) {
      if (def.required) fields[def.name] = "is required";
      else out[def.name] = null;
      continue;
    }
    const parsed = valueSchema(def.type).safeParse(value);
    if (!parsed.success) {
      fields[def.name] = parsed.error.issues[0]?.message ?? `must be ${def.type}`;
      continue;
    }
    out[def.name] = def.type === "integer" ? neo4j.int(parsed.data as number) : parsed.data;
  }
  if (Object.keys(fields).length) throw new ParamError(fields);
  return out;
}

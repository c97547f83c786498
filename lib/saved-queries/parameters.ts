// Typed parameters of saved queries: their definitions, and validation of the values a run supplies.
import neo4j from "neo4j-driver";
import { z } from "zod";
import { entityId } from "../validation";
import { RELATION_TYPES } from "../graph/model";
import { PARAM_TYPES, parameterNames, splitList } from "./parameter-types";

export { PARAM_TYPES, parameterNames };

export const paramDef = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Cypher parameter name"),
    type: z.enum(PARAM_TYPES),
    required: z.boolean().default(false),
    default: z.union([z.string().max(10_000), z.number(), z.boolean()]).optional(),
    label: z.string().max(200).optional(),
  })
  .strict();

export type ParamDef = z.infer<typeof paramDef>;

const MISSING = "is required";

export class ParamError extends Error {
  override name = "ParamError";
  constructor(readonly fields: Record<string, string>) {
    const missing = Object.keys(fields).filter((k) => fields[k] === MISSING);
    const other = Object.entries(fields).filter(([, v]) => v !== MISSING);
    super(
      [
        ...(missing.length ? [`missing parameter${missing.length > 1 ? "s" : ""} ${missing.map((k) => `$${k}`).join(", ")}`] : []),
        ...(other.length ? [`invalid parameters: ${other.map(([k, v]) => `${k} ${v}`).join("; ")}`] : []),
      ].join("; "),
    );
  }
}

const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [string, ...string[]];
const listItem = z.union([z.string().max(10_000), z.number(), z.boolean()]);

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
    case "relationType":
      return z.enum(RELATION_TYPE_NAMES, { error: `must be one of ${RELATION_TYPE_NAMES.join(", ")}` });
    case "list":
      // A list as JSON, or as text with commas or new lines between the items.
      return z.union([z.array(listItem).max(1_000), z.string().max(10_000).transform(splitList)]);
  }
}

/** A whole number in a list goes to Neo4j as an integer (`WHERE x IN $ids` compares integers with integers). */
const toNeo4j = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) ? neo4j.int(v) : v);

/**
 * Every `$name` the statement uses must have a value (a declared parameter, or a supplied key for ad-hoc Cypher):
 * caught here, before Neo4j, naming the parameter.
 */
export function assertNoMissing(cypher: string, known: Iterable<string>): void {
  const have = new Set(known);
  const missing = parameterNames(cypher).filter((n) => !have.has(n));
  if (missing.length) throw new ParamError(Object.fromEntries(missing.map((n) => [n, MISSING])));
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
      if (def.required) fields[def.name] = MISSING;
      else out[def.name] = null;
      continue;
    }
    const parsed = valueSchema(def.type).safeParse(value);
    if (!parsed.success) {
      fields[def.name] = parsed.error.issues[0]?.message ?? `must be ${def.type}`;
      continue;
    }
    out[def.name] = def.type === "integer" ? neo4j.int(parsed.data as number) : Array.isArray(parsed.data) ? parsed.data.map(toNeo4j) : parsed.data;
  }
  if (Object.keys(fields).length) throw new ParamError(fields);
  return out;
}

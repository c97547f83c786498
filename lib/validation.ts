// Zod schemas for the routes' inputs.
import { z } from "zod";
import { GRAPH_LIMIT_DEFAULT, GRAPH_LIMIT_MAX } from "./graph/limits";

export const entityId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lowercase slug such as china or xi-jinping");

export const graphQuery = z.object({
  focus: entityId.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(GRAPH_LIMIT_MAX, `must be at most ${GRAPH_LIMIT_MAX}`).default(GRAPH_LIMIT_DEFAULT),
});

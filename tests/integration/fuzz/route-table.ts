// Every API route the fuzz tests call, with what they need to know about it. A new route under app/api/ must be added
// here (fuzz-routes.test.ts fails until it is): its search parameters, the ids that exist, a valid body to break, and
// whether a valid request changes data (then only broken requests are sent).
import fc from "fast-check";
import { hostileString } from "./hostile";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RouteHints {
  /** Search parameters the route reads; each is sent with hostile values and the useful ones given here. */
  query?: Record<string, fc.Arbitrary<string>>;
  /** Ids of the dynamic segments that exist, mixed with hostile ones. */
  ids?: Record<string, string[]>;
  /** A valid body per method that takes one: fuzzed as given, broken field by field, and as garbage. */
  body?: Partial<Record<Method, { valid: () => Record<string, unknown>; required: string[] }>>;
  /** Methods that change data when the request is valid: only requests that must be refused are sent to them. */
  writes?: Method[];
  /** The body limit of the route, when it is not lib/api-error.ts's MAX_JSON_BYTES. */
  maxBytes?: number;
}

const KNOWN_ENTITIES = ["china", "russia", "taiwan", "xi-jinping", "vladimir-putin", "belt-and-road-initiative"];
const oneOf = (...values: string[]) => fc.constantFrom(...values);
const day = oneOf("2021-01-01", "2022-12-31", "2021-02-30", "2021-13-01", "yesterday", "", "2021-1-1", "9999-12-31");
const number = fc.oneof(fc.integer({ min: -10, max: 6000 }).map(String), oneOf("1", "2", "3", "0", "-1", "1.5", "1e3", "0x10", "", "NaN", "Infinity", "999999999999999999999"));

export const ROUTES: Record<string, RouteHints> = {
  "/api/health": {},
  "/api/schema": {},
  "/api/graph": { query: { focus: oneOf(...KNOWN_ENTITIES), depth: number, limit: number, edges: number, since: day, until: day } },
  "/api/graph/expand": {
    body: { POST: { valid: () => ({ id: "china", limit: 5, visible: ["russia", "taiwan"], rejected: false }), required: ["id"] } },
  },
  "/api/paths": { query: { from: oneOf(...KNOWN_ENTITIES), to: oneOf(...KNOWN_ENTITIES), max: number, maxLength: number, co: oneOf("0", "1"), rejected: oneOf("0", "1"), since: day, until: day } },
  "/api/search/sentences": { query: { q: oneOf("الهيمنة", "هيمنة", "trade", "a AND", "*", '"', "~"), limit: number } },
  "/api/search": { query: { q: oneOf("china", "روسيا", "وروسيا", "Rusia", "putin", "a AND", "*", '"', "~"), limit: number } },
  "/api/entities/[id]": { ids: { id: KNOWN_ENTITIES } },
  "/api/entities/duplicates": { query: { limit: number, minScore: oneOf("0", "0.5", "1", "2", "-1", "x"), type: oneOf("person", "country", "") } },
  // Writes: only broken requests are sent (a valid accept would merge, a valid dismissal would be remembered).
  "/api/entities/duplicates/accept": { writes: ["POST"], body: { POST: { valid: () => ({ into: "china", source: "russia", reason: "fuzz" }), required: ["into", "source"] } } },
  "/api/entities/duplicates/dismiss": { writes: ["POST"], body: { POST: { valid: () => ({ a: "china", b: "russia", reason: "fuzz" }), required: ["a", "b"] } } },
  "/api/relations/[id]": { query: { since: day, until: day }, ids: { id: ["supports:russia:china", "co_mentioned:china:russia", "cooperates_with:russia:china"] } },
  "/api/documents": {
    query: { q: oneOf("china", "الهيمنة", "a AND", "*", '"', "~"), sort: oneOf("ingested", "published", "title", "size"), limit: number, cursor: oneOf("bm90LWEtY3Vyc29y", "WyJ0aXRsZSIsImEiLCJkb2MtMSJd", "%%%") },
    writes: ["POST"],
    maxBytes: 4_010_000,
    body: {
      POST: {
        valid: () => ({ text: "Putin met Xi in Beijing.", title: "t", lang: "en", source: "https://example.org/a", publishedAt: "2021-12-15" }),
        required: ["text"],
      },
    },
  },
  // Ids filled in at run time with the seeded document's id; PUT and DELETE only ever get ids that do not exist.
  "/api/documents/[id]": {
    ids: { id: [] },
    writes: ["PUT", "DELETE"],
    maxBytes: 4_010_000,
    body: { PUT: { valid: () => ({ text: "Putin met Xi in Beijing.", title: "t", reason: "fuzz" }), required: ["text"] } },
  },
  // No body and a write: only hostile ids (a body is never read, so there is no 413 to expect).
  "/api/documents/[id]/reingest": { writes: ["POST"] },
  "/api/curation": {
    query: { target: oneOf(...KNOWN_ENTITIES, "supports:russia:china"), limit: number },
    writes: ["POST"],
    body: { POST: { valid: () => ({ kind: "confirm", relation: "supports:russia:china", reason: "fuzz" }), required: ["kind", "relation"] } },
  },
  "/api/curation/[id]/undo": { writes: ["POST"] },
  "/api/curation/aliases": {},
  "/api/export": { query: { format: oneOf("graphml", "cypher"), scope: oneOf("entities", "full"), rejected: oneOf("0", "1") } },
  "/api/queries": {
    query: { q: hostileString },
    writes: ["POST"],
    body: {
      POST: {
        valid: () => ({ slug: "fuzz-query", name: "Fuzz", description: "", cypher: "MATCH (e:Entity) RETURN e.id LIMIT 1", parameters: [], tags: [] }),
        required: ["slug", "name", "cypher"],
      },
    },
  },
  "/api/queries/[id]": {
    ids: { id: ["neighbourhood", "shortest-path", "most-connected"] },
    writes: ["PUT", "DELETE"],
    body: {
      PUT: {
        valid: () => ({ slug: "neighbourhood", name: "Neighbourhood of an entity", cypher: "MATCH (e:Entity) RETURN e.id LIMIT 1", parameters: [], tags: [] }),
        required: ["slug", "name", "cypher"],
      },
    },
  },
  "/api/queries/[id]/run": {
    ids: { id: ["neighbourhood", "shortest-path", "most-connected", "relations-by-type", "sentences-mentioning-both"] },
    body: { POST: { valid: () => ({ params: { entity: "china", limit: 5 } }), required: [] } },
  },
  "/api/queries/[id]/runs": { ids: { id: ["neighbourhood", "most-connected"] } },
  "/api/cypher": {
    body: { POST: { valid: () => ({ cypher: "MATCH (e:Entity {id: $id}) RETURN e.name", params: { id: "china" } }), required: ["cypher"] } },
  },
};

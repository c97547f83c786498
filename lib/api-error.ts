// The one error body of every route: {error: {code, message, fields?}}, and the one way to read a JSON body.
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { isDatabaseUnavailable, prismaErrorCode } from "./db-errors";
import { BadInputError, ConflictError, NotFoundError, StoreUnavailableError, UnprocessableError } from "./errors";
import { ParamError } from "./saved-queries/parameters";
import { QueryCancelledError, QueryFailedError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError } from "./saved-queries/run-cypher";
import { GraphUnavailableError } from "./neo4j";
import { bearerToken, sameToken } from "./security/request-rules";

export type ErrorCode =
  | "bad_request"
  | "syntax_error"
  | "unauthorized"
  | "forbidden"
  | "unsupported_media_type"
  | "misdirected"
  | "rate_limited"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unprocessable"
  | "refused"
  | "timeout"
  | "cancelled"
  | "graph_unavailable"
  | "database_unavailable"
  | "internal";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorResponse(status: number, code: ErrorCode, message: string, fields?: Record<string, string>) {
  return NextResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });
}

/** A 400 naming each invalid field. */
export function validationError(error: ZodError, message = "invalid request") {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "_"] ??= issue.message;
  return errorResponse(400, "bad_request", message, fields);
}

/**
 * Maps a thrown error to its response: known errors keep their status, the graph or the SQLite database being
 * unusable is 503, the rest 500 without details (logged on the server, never sent: no stack, path or credential).
 */
export function toErrorResponse(err: unknown) {
  if (err instanceof ApiError) return errorResponse(err.status, err.code, err.message, err.fields);
  if (err instanceof BadInputError) return errorResponse(400, "bad_request", err.message, err.fields);
  if (err instanceof NotFoundError) return errorResponse(404, "not_found", err.message);
  if (err instanceof ConflictError) return errorResponse(409, "conflict", err.message);
  if (err instanceof UnprocessableError) return errorResponse(422, "unprocessable", err.message, err.fields);
  if (err instanceof StoreUnavailableError) return errorResponse(503, "database_unavailable", err.message);
  if (err instanceof ParamError) return errorResponse(422, "unprocessable", err.message, err.fields);
  if (err instanceof QueryRefusedError) return errorResponse(422, "refused", err.message);
  if (err instanceof QueryTimeoutError) return errorResponse(422, "timeout", err.message);
  if (err instanceof QueryCancelledError) return errorResponse(422, "cancelled", err.message);
  if (err instanceof QueryFailedError) return errorResponse(422, "unprocessable", err.message);
  if (err instanceof QuerySyntaxError)
    return errorResponse(400, "syntax_error", err.message, err.position ? { cypher: `line ${err.position.line}, column ${err.position.column} (offset ${err.position.offset})` } : undefined);
  if (err instanceof GraphUnavailableError) return errorResponse(503, "graph_unavailable", err.message);
  // Prisma's own messages carry the file path and the statement: only the kind of failure goes out.
  const prismaCode = prismaErrorCode(err);
  if (prismaCode === "P2002") return errorResponse(409, "conflict", "that record exists already");
  if (prismaCode === "P2025") return errorResponse(404, "not_found", "no such record");
  if (isDatabaseUnavailable(err)) {
    console.error(`the SQLite database is unavailable: ${err instanceof Error ? err.message : err}`);
    return errorResponse(503, "database_unavailable", "the saved-query database is unavailable (locked, unreadable or missing); the graph still answers");
  }
  console.error(err);
  return errorResponse(500, "internal", "internal error");
}

/** When SANAD_ADMIN_TOKEN is set, changes need it as a bearer token; answers the 401 to return, or null to go on. */
export function requireAdmin(request: Request) {
  const token = process.env.SANAD_ADMIN_TOKEN;
  if (!token) return null;
  return sameToken(bearerToken(request.headers), token) ? null : errorResponse(401, "unauthorized", "this change needs the admin token (Authorization: Bearer …)");
}

/** Largest JSON body a route reads unless it says otherwise (an article route allows more). */
export const MAX_JSON_BYTES = 1_000_000;
/** Deepest nesting of arrays and objects a body may have: no route needs more than a few levels. */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a JSON body: throws ApiError 413 past `maxBytes` (checked on Content-Length and again while reading, so a
 * body without a length cannot get round it), 400 when it is not JSON or nested deeper than MAX_JSON_DEPTH.
 */
export async function readJson(
  request: Request,
  { maxBytes = MAX_JSON_BYTES, what = "JSON", empty }: { maxBytes?: number; what?: string; /** what an empty body stands for; unset: an empty body is a 400 */ empty?: unknown } = {},
): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = () => new ApiError(413, "too_large", `the request body is larger than ${maxBytes} bytes`);
  if (declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  if (empty !== undefined && text.trim() === "") return empty;
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new ApiError(400, "bad_request", `the body is nested more than ${MAX_JSON_DEPTH} levels deep`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, "bad_request", `the body must be ${what}`);
  }
  // "\ud800" is valid JSON but not text: no store keeps half a character, so it is refused here, once for every route.
  if (hasLoneSurrogate(value)) throw new ApiError(400, "bad_request", "the body contains an unpaired surrogate (\\ud800-\\udfff): not valid Unicode text");
  return value;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => LONE_SURROGATE.test(k) || hasLoneSurrogate(v));
  return false;
}

/** Reads a JSON body; null when it is not JSON, too large or too deep. Prefer readJson, which says which. */
export async function jsonBody(request: Request): Promise<unknown | null> {
  try {
    return await readJson(request);
  } catch {
    return null;
  }
}

/** The deepest bracket nesting of a JSON text (brackets inside strings do not count); cheap, one pass. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

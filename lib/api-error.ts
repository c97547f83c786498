// The one error body of every route: {error: {code, message, fields?}}.
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { ConflictError, NotFoundError, StoreUnavailableError, UnprocessableError } from "./errors";
import { ParamError } from "./queries/parameters";
import { QueryRefusedError, QuerySyntaxError, QueryTimeoutError } from "./queries/run-cypher";
import { GraphUnavailableError } from "./neo4j";

export type ErrorCode = "bad_request" | "syntax_error" | "unauthorized" | "not_found" | "conflict" | "too_large" | "unprocessable" | "refused" | "timeout" | "graph_unavailable" | "store_unavailable" | "internal";

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

/** Maps a thrown error to its response: known errors keep their status, the graph being down is 503, the rest 500 without details. */
export function toErrorResponse(err: unknown) {
  if (err instanceof ApiError) return errorResponse(err.status, err.code, err.message, err.fields);
  if (err instanceof NotFoundError) return errorResponse(404, "not_found", err.message);
  if (err instanceof ConflictError) return errorResponse(409, "conflict", err.message);
  if (err instanceof UnprocessableError) return errorResponse(422, "unprocessable", err.message, err.fields);
  if (err instanceof StoreUnavailableError) return errorResponse(503, "store_unavailable", err.message);
  if (err instanceof ParamError) return errorResponse(422, "unprocessable", err.message, err.fields);
  if (err instanceof QueryRefusedError) return errorResponse(422, "refused", err.message);
  if (err instanceof QueryTimeoutError) return errorResponse(422, "timeout", err.message);
  if (err instanceof QuerySyntaxError)
    return errorResponse(400, "syntax_error", err.message, err.position ? { cypher: `line ${err.position.line}, column ${err.position.column} (offset ${err.position.offset})` } : undefined);
  if (err instanceof GraphUnavailableError) return errorResponse(503, "graph_unavailable", err.message);
  console.error(err);
  return errorResponse(500, "internal", "internal error");
}

/** When SANAD_ADMIN_TOKEN is set, changes need it as a bearer token; answers the 401 to return, or null to go on. */
export function requireAdmin(request: Request) {
  const token = process.env.SANAD_ADMIN_TOKEN;
  if (!token) return null;
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
  return given === token ? null : errorResponse(401, "unauthorized", "this change needs the admin token (Authorization: Bearer …)");
}

/** Reads a JSON body; null when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown | null> {
  try {
    return await request.json();
  } catch {
    return null;
  }
}

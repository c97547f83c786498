// The one error body of every route: {error: {code, message, fields?}}.
import { NextResponse } from "next/server";
import type { ZodError } from "zod";
import { NotFoundError } from "./errors";
import { GraphUnavailableError } from "./neo4j";

export type ErrorCode = "bad_request" | "not_found" | "conflict" | "too_large" | "unprocessable" | "graph_unavailable" | "internal";

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
  if (err instanceof GraphUnavailableError) return errorResponse(503, "graph_unavailable", err.message);
  console.error(err);
  return errorResponse(500, "internal", "internal error");
}

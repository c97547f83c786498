import { NextResponse } from "next/server";
import { errorResponse, jsonBody, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { deleteDocument, replaceDocument } from "@/lib/curation/documents";
import { getDocument } from "@/lib/graph/documents";
import { documentId, newVersionInput, reasonInput } from "@/lib/validation";
import { ArticleError } from "@/graph-seed/ingest";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    return NextResponse.json(await getDocument((await params).id));
  } catch (err) {
    return toErrorResponse(err);
  }
}

/** Deletes the document (recorded; undo brings it back). Optional JSON body {reason}. */
export async function DELETE(request: Request, { params }: Context) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  const { id } = await params;
  if (!documentId.safeParse(id).success) return errorResponse(404, "not_found", `no document with id "${id}"`);
  const text = await request.text();
  const body = reasonInput.safeParse(text.trim() ? safeJson(text) : {});
  if (!body.success) return validationError(body.error, "invalid body: {reason?}");
  try {
    return NextResponse.json({ deleted: id, record: await deleteDocument(id, body.data.reason) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

/** Replaces the document with a new version of its text: {text, title?, lang?, source?, publishedAt?, reason?}. */
export async function PUT(request: Request, { params }: Context) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  const { id } = await params;
  if (!documentId.safeParse(id).success) return errorResponse(404, "not_found", `no document with id "${id}"`);
  const body = await jsonBody(request);
  if (body === null) return errorResponse(400, "bad_request", "the body must be JSON: {text, title?, lang?, source?, publishedAt?, reason?}");
  const parsed = newVersionInput.safeParse(body);
  if (!parsed.success) return validationError(parsed.error, "invalid new version");
  try {
    const { reason, ...input } = parsed.data;
    return NextResponse.json(await replaceDocument(id, input, reason));
  } catch (err) {
    if (err instanceof ArticleError) return err.tooLarge ? errorResponse(413, "too_large", err.message) : errorResponse(422, "unprocessable", err.message);
    return toErrorResponse(err);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return "not JSON";
  }
}

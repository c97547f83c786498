import { NextResponse } from "next/server";
import { errorResponse, readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { DEFAULT_MAX_BYTES } from "@/lib/documents/ingest";
import { deleteDocument, replaceDocument } from "@/lib/documents/manage";
import { getDocument } from "@/lib/graph/document-reads";
import { documentId, newVersionInput, reasonInput } from "@/lib/validation";
import { ArticleError } from "@/lib/documents/ingest";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };
// A new version is an article: the same limit as POST /api/documents (2 MB of text, escaped in JSON).
const MAX_BODY_BYTES = DEFAULT_MAX_BYTES * 2 + 10_000;

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
  try {
    const body = reasonInput.safeParse(await readJson(request, { what: "JSON: {reason?}", empty: {} }));
    if (!body.success) return validationError(body.error, "invalid body: {reason?}");
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
  try {
    const parsed = newVersionInput.safeParse(await readJson(request, { maxBytes: MAX_BODY_BYTES, what: "JSON: {text, title?, lang?, source?, publishedAt?, outlet?, reason?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid new version");
    const { reason, ...input } = parsed.data;
    return NextResponse.json(await replaceDocument(id, input, reason));
  } catch (err) {
    if (err instanceof ArticleError) return err.tooLarge ? errorResponse(413, "too_large", err.message) : errorResponse(422, "unprocessable", err.message);
    return toErrorResponse(err);
  }
}


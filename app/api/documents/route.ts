import { NextResponse } from "next/server";
import { errorResponse, toErrorResponse, validationError } from "@/lib/api-error";
import { listDocuments } from "@/lib/graph/documents";
import { documentInput } from "@/lib/validation";
import { ArticleError, ingest } from "@/graph-seed/ingest";
import { DEFAULT_MAX_BYTES } from "@/graph-seed/read-article";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return NextResponse.json({ documents: await listDocuments() });
  } catch (err) {
    return toErrorResponse(err);
  }
}

// JSON overhead on top of the article's own cap.
const MAX_BODY_BYTES = DEFAULT_MAX_BYTES * 2 + 10_000;

export async function POST(request: Request) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return errorResponse(413, "too_large", `the request is ${length} bytes; articles are limited to ${DEFAULT_MAX_BYTES} bytes`);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return errorResponse(400, "bad_request", "the body must be JSON: {text, title?, lang?, source?, publishedAt?}");
  }
  const parsed = documentInput.safeParse(body);
  if (!parsed.success) return validationError(parsed.error, "invalid article");
  try {
    const summary = await ingest(parsed.data.text, parsed.data);
    return NextResponse.json(summary, { status: 201 });
  } catch (err) {
    if (err instanceof ArticleError) return err.tooLarge ? errorResponse(413, "too_large", err.message) : errorResponse(422, "unprocessable", err.message);
    return toErrorResponse(err);
  }
}

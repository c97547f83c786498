import { NextResponse, type NextRequest } from "next/server";
import { errorResponse, readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { pageDocuments } from "@/lib/graph/document-reads";
import { documentInput, documentsQuery } from "@/lib/validation";
import { ArticleError, ingest } from "@/lib/documents/ingest";
import { DEFAULT_MAX_BYTES } from "@/lib/documents/ingest";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = documentsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid document query");
  try {
    return NextResponse.json(await pageDocuments(parsed.data));
  } catch (err) {
    return toErrorResponse(err);
  }
}

// JSON overhead on top of the article's own cap.
const MAX_BODY_BYTES = DEFAULT_MAX_BYTES * 2 + 10_000;

export async function POST(request: Request) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = documentInput.safeParse(await readJson(request, { maxBytes: MAX_BODY_BYTES, what: "JSON: {text, title?, lang?, source?, publishedAt?, outlet?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid article");
    const { outlet, ...article } = parsed.data;
    const summary = await ingest(article.text, { ...article, ...(outlet ? { documentExtra: { outlet } } : {}) });
    return NextResponse.json(summary, { status: 201 });
  } catch (err) {
    if (err instanceof ArticleError) return err.tooLarge ? errorResponse(413, "too_large", err.message) : errorResponse(422, "unprocessable", err.message);
    return toErrorResponse(err);
  }
}

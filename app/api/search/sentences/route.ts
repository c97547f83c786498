import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { searchSentences } from "@/lib/graph/sentence-search";
import { sentenceSearchQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = sentenceSearchQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid search");
  try {
    return NextResponse.json({ hits: await searchSentences(parsed.data.q, parsed.data.limit) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

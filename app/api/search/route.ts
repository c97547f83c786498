import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { searchEntities } from "@/lib/graph/search";
import { searchQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = searchQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid search");
  try {
    return NextResponse.json({ hits: await searchEntities(parsed.data.q, parsed.data.limit) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

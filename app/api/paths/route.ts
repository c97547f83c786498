import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { findPaths } from "@/lib/graph/paths";
import { pathsQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = pathsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid path query");
  const { from, to, max, maxLength, co, rejected, since, until } = parsed.data;
  try {
    return NextResponse.json(await findPaths(from, to, { max, maxLength, coMentions: co === "1", rejected: rejected === "1", since, until }));
  } catch (err) {
    return toErrorResponse(err);
  }
}

import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { getGraph } from "@/lib/graph/views";
import { graphQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = graphQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid graph query");
  try {
    return NextResponse.json(await getGraph(parsed.data));
  } catch (err) {
    return toErrorResponse(err);
  }
}

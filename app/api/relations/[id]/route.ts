import { NextResponse } from "next/server";
import { errorResponse, toErrorResponse, validationError } from "@/lib/api-error";
import { getRelation } from "@/lib/graph/views";
import { relationId, relationQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded after all: use it as it is.
  }
  if (!relationId.safeParse(id).success) return errorResponse(404, "not_found", `no relation with id "${id}"`);
  const query = relationQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error, "invalid date range");
  try {
    return NextResponse.json(await getRelation(id, query.data));
  } catch (err) {
    return toErrorResponse(err);
  }
}

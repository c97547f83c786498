import { NextResponse } from "next/server";
import { errorResponse, toErrorResponse } from "@/lib/api-error";
import { getEntity } from "@/lib/graph/views";
import { entityId } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!entityId.safeParse(id).success) return errorResponse(404, "not_found", `no entity with id "${id}"`);
  try {
    return NextResponse.json(await getEntity(id));
  } catch (err) {
    return toErrorResponse(err);
  }
}

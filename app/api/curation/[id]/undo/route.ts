import { NextResponse } from "next/server";
import { errorResponse, requireAdmin, toErrorResponse } from "@/lib/api-error";
import { undoCuration } from "@/lib/curation/service";
import { curationId } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  const { id } = await params;
  const parsed = curationId.safeParse(id);
  if (!parsed.success) return errorResponse(404, "not_found", `no curation record "${id}"`);
  try {
    return NextResponse.json(await undoCuration(parsed.data));
  } catch (err) {
    return toErrorResponse(err);
  }
}

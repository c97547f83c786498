import { NextResponse } from "next/server";
import { errorResponse, requireAdmin, toErrorResponse } from "@/lib/api-error";
import { reingestDocument } from "@/lib/documents/manage";
import { documentId } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** Runs the current pipeline, and every correction, on the document's stored text again. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  const { id } = await params;
  if (!documentId.safeParse(id).success) return errorResponse(404, "not_found", `no document with id "${id}"`);
  try {
    return NextResponse.json(await reingestDocument(id));
  } catch (err) {
    return toErrorResponse(err);
  }
}

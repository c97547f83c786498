import { NextResponse } from "next/server";
import { readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { acceptDuplicate } from "@/lib/duplicates/service";
import { acceptDuplicateInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

// A curation merge: the answer is its record, whose id undoes it (POST /api/curation/<id>/undo).
export async function POST(request: Request) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = acceptDuplicateInput.safeParse(await readJson(request, { what: "JSON: {into, source, reason?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid duplicate");
    return NextResponse.json(await acceptDuplicate(parsed.data.into, parsed.data.source, parsed.data.reason), { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}

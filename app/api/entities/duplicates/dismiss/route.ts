import { NextResponse } from "next/server";
import { readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { dismissDuplicate } from "@/lib/duplicates/service";
import { dismissDuplicateInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = dismissDuplicateInput.safeParse(await readJson(request, { what: "JSON: {a, b, reason?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid dismissal");
    return NextResponse.json(await dismissDuplicate(parsed.data.a, parsed.data.b, parsed.data.reason), { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}

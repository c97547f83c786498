import { NextResponse, type NextRequest } from "next/server";
import { readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { curationAction } from "@/lib/curation/actions";
import { curate, curationHistory, listCurations } from "@/lib/curation/service";
import { curationQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** ?target=<entity or relation id>: its history (and that of what was merged into it); without: the latest records. */
export async function GET(request: NextRequest) {
  const parsed = curationQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid curation query");
  try {
    const records = parsed.data.target ? await curationHistory(parsed.data.target) : await listCurations(parsed.data.limit);
    return NextResponse.json({ records });
  } catch (err) {
    return toErrorResponse(err);
  }
}

export async function POST(request: Request) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = curationAction.safeParse(await readJson(request, { what: "JSON: {kind: merge | edit | confirm | reject | add-relation | reverse | retype | move-end | split, …}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid curation action");
    return NextResponse.json(await curate(parsed.data), { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}

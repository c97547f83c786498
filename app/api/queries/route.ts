import { NextResponse, type NextRequest } from "next/server";
import { readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { createQuery, listQueries, savedQueryInput } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  try {
    return NextResponse.json({ queries: await listQueries(request.nextUrl.searchParams.get("q") ?? undefined) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

export async function POST(request: Request) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = savedQueryInput.safeParse(await readJson(request));
    if (!parsed.success) return validationError(parsed.error, "invalid saved query");
    return NextResponse.json(await createQuery(parsed.data), { status: 201 });
  } catch (err) {
    return toErrorResponse(err);
  }
}

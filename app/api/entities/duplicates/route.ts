import { NextResponse, type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { listDismissals, listDuplicates } from "@/lib/duplicates/service";
import { duplicatesQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const parsed = duplicatesQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid duplicate query");
  try {
    const [page, dismissed] = await Promise.all([listDuplicates(parsed.data), listDismissals()]);
    return NextResponse.json({ ...page, dismissed: dismissed.length });
  } catch (err) {
    return toErrorResponse(err);
  }
}

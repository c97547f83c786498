import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/api-error";
import { listRuns } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return NextResponse.json({ runs: await listRuns((await params).id) });
  } catch (err) {
    return toErrorResponse(err);
  }
}

import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/api-error";
import { getDocument } from "@/lib/graph/documents";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    return NextResponse.json(await getDocument((await params).id));
  } catch (err) {
    return toErrorResponse(err);
  }
}

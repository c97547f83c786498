import { NextResponse } from "next/server";
import { errorResponse, jsonBody, toErrorResponse } from "@/lib/api-error";
import { runSavedQuery } from "@/lib/queries/saved-queries";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const body = (await jsonBody(request)) ?? {};
  if (typeof body !== "object" || Array.isArray(body)) return errorResponse(400, "bad_request", "the body must be a JSON object {params}");
  try {
    return NextResponse.json(await runSavedQuery((await params).id, (body as { params?: unknown }).params ?? {}));
  } catch (err) {
    return toErrorResponse(err);
  }
}

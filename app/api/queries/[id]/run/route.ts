import { NextResponse } from "next/server";
import { errorResponse, readJson, toErrorResponse } from "@/lib/api-error";
import { runSavedQuery } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    // An empty body runs the query with its defaults.
    const body = await readJson(request, { what: "a JSON object {params}", empty: {} });
    if (typeof body !== "object" || body === null || Array.isArray(body)) return errorResponse(400, "bad_request", "the body must be a JSON object {params}");
    return NextResponse.json(await runSavedQuery((await params).id, (body as { params?: unknown }).params ?? {}, request.signal));
  } catch (err) {
    return toErrorResponse(err);
  }
}

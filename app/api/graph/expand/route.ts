import { NextResponse } from "next/server";
import { errorResponse, jsonBody, toErrorResponse, validationError } from "@/lib/api-error";
import { expandEntity } from "@/lib/graph/neighbours";
import { expandInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST, not GET: the ids already on the canvas can be thousands, too many for a query string.
export async function POST(request: Request) {
  const body = await jsonBody(request);
  if (body === null) return errorResponse(400, "bad_request", "the body must be JSON");
  const parsed = expandInput.safeParse(body);
  if (!parsed.success) return validationError(parsed.error, "invalid expansion");
  try {
    const { id, ...opts } = parsed.data;
    return NextResponse.json(await expandEntity(id, opts));
  } catch (err) {
    return toErrorResponse(err);
  }
}

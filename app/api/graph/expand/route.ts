import { NextResponse } from "next/server";
import { readJson, toErrorResponse, validationError } from "@/lib/api-error";
import { expandEntity } from "@/lib/graph/neighbours";
import { expandInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

// POST, not GET: the ids already on the canvas can be thousands, too many for a query string.
export async function POST(request: Request) {
  try {
    const parsed = expandInput.safeParse(await readJson(request, { what: "JSON: {id, limit?, visible?, document?, rejected?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid expansion");
    const { id, ...opts } = parsed.data;
    return NextResponse.json(await expandEntity(id, opts));
  } catch (err) {
    return toErrorResponse(err);
  }
}

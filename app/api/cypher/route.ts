import { NextResponse } from "next/server";
import { errorResponse, jsonBody, toErrorResponse, validationError } from "@/lib/api-error";
import { adhocInput, runAdhoc } from "@/lib/queries/saved-queries";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await jsonBody(request);
  if (body === null) return errorResponse(400, "bad_request", "the body must be JSON {cypher, params?}");
  const parsed = adhocInput.safeParse(body);
  if (!parsed.success) return validationError(parsed.error, "invalid query");
  try {
    return NextResponse.json(await runAdhoc(parsed.data.cypher, parsed.data.params));
  } catch (err) {
    return toErrorResponse(err);
  }
}

import { NextResponse } from "next/server";
import { readJson, toErrorResponse, validationError } from "@/lib/api-error";
import { adhocInput, runAdhoc } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  try {
    const parsed = adhocInput.safeParse(await readJson(request, { what: "JSON {cypher, params?, parameters?}" }));
    if (!parsed.success) return validationError(parsed.error, "invalid query");
    return NextResponse.json(await runAdhoc(parsed.data.cypher, parsed.data.params, parsed.data.parameters, request.signal));
  } catch (err) {
    return toErrorResponse(err);
  }
}

import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/api-error";
import { curatedAliases } from "@/lib/curation/service";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return NextResponse.json({ aliases: await curatedAliases() });
  } catch (err) {
    return toErrorResponse(err);
  }
}

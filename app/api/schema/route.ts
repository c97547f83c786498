import { NextResponse } from "next/server";
import { toErrorResponse } from "@/lib/api-error";
import { getSchemaInfo } from "@/lib/graph/schema-info";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return NextResponse.json(await getSchemaInfo());
  } catch (err) {
    return toErrorResponse(err);
  }
}

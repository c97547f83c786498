import { type NextRequest } from "next/server";
import { toErrorResponse, validationError } from "@/lib/api-error";
import { EXPORT_FILES, exportGraph } from "@/lib/exchange/export";
import { exportQuery } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** ?format=graphml|cypher&scope=entities|full&rejected=1: the graph as a file to download. */
export async function GET(request: NextRequest) {
  const parsed = exportQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationError(parsed.error, "invalid export");
  try {
    const body = await exportGraph(parsed.data);
    const file = EXPORT_FILES[parsed.data.format];
    return new Response(body, { headers: { "content-type": file.type, "content-disposition": `attachment; filename="${file.name}"`, "cache-control": "no-store" } });
  } catch (err) {
    return toErrorResponse(err);
  }
}

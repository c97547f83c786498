import { NextResponse } from "next/server";
import { readJson, requireAdmin, toErrorResponse, validationError } from "@/lib/api-error";
import { deleteQuery, getQuery, savedQueryInput, updateQuery } from "@/lib/saved-queries/saved-queries";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    return NextResponse.json(await getQuery((await params).id));
  } catch (err) {
    return toErrorResponse(err);
  }
}

export async function PUT(request: Request, { params }: Context) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    const parsed = savedQueryInput.safeParse(await readJson(request));
    if (!parsed.success) return validationError(parsed.error, "invalid saved query");
    return NextResponse.json(await updateQuery((await params).id, parsed.data));
  } catch (err) {
    return toErrorResponse(err);
  }
}

export async function DELETE(request: Request, { params }: Context) {
  const denied = requireAdmin(request);
  if (denied) return denied;
  try {
    await deleteQuery((await params).id);
    return new NextResponse(null, { status: 204 });
  } catch (err) {
    return toErrorResponse(err);
  }
}

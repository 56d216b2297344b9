// GET /api/proposals/<id> — one proposal with its rules and the id of its discussion thread.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { getProposal } from "@/lib/proposals/get-proposal";

export const dynamic = "force-dynamic";

export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = parseParam(idSchema, (await context.params).id, "id");
  return NextResponse.json({ proposal: await getProposal(id) });
});

// GET /api/proposals?status=&kind=&package= — proposals, newest first.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { parseSearch } from "@/lib/http/params";
import { findProposals, proposalFilterSchema } from "@/lib/proposals/find-proposals";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const filter = parseSearch(proposalFilterSchema, new URL(request.url).searchParams);
  return NextResponse.json({ proposals: await findProposals(filter) });
});

// GET /api/proposals/<id> — one proposal: rules, schedule, timeline, the vote as far as it may
// be seen, and the caller's own ballot.
import { NextResponse } from "next/server";
import { resolveActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { getProposal } from "@/lib/proposals/get-proposal";
import { proposalJson } from "@/lib/proposals/proposal-json";

export const dynamic = "force-dynamic";

export const GET = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const id = parseParam(idSchema, (await context.params).id, "id");
    const actor = await resolveActor(request);
    const proposal = await getProposal(id, { userId: actor?.userId ?? null }, await now());
    return NextResponse.json({ proposal: proposalJson(proposal) });
  },
);

// POST /api/proposals/<id>/withdraw — the proposer takes the proposal back before voting ends.
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "withdrawProposal");
    const id = parseParam(idSchema, (await context.params).id, "id");

    await withdrawProposal(id, actor, await now());
    return NextResponse.json({ withdrawn: true });
  },
);

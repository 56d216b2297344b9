// POST /api/proposals/<id>/ballot — a trusted user in the electorate votes:
// { "choice": "yes" | "no" | "abstain" }. Sending it again changes the ballot until voting ends.
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { ballotInputSchema, castBallot } from "@/lib/proposals/cast-ballot";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { BALLOTS_PER_USER } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "vote");
    const id = parseParam(idSchema, (await context.params).id, "id");
    const input = await parseJsonBody(request, ballotInputSchema);
    await consumeRateLimit(actor.userId, BALLOTS_PER_USER);

    const ballot = await castBallot(id, actor, input, await now());
    return NextResponse.json({ ballot });
  },
);

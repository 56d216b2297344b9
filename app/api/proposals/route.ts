// GET /api/proposals?status=&kind=&package= — proposals, newest first.
// POST /api/proposals — a maintainer opens one (body: see lib/proposals/proposal-input.ts).
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { parseSearch } from "@/lib/http/params";
import { findProposals, proposalFilterSchema } from "@/lib/proposals/find-proposals";
import { openProposal } from "@/lib/proposals/open-proposal";
import { proposalInputSchema } from "@/lib/proposals/proposal-input";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { PROPOSALS_PER_USER } from "@/lib/rate-limit/rules";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const filter = parseSearch(proposalFilterSchema, new URL(request.url).searchParams);
  return NextResponse.json({ proposals: await findProposals(filter) });
});

export const POST = handle(async (request: Request) => {
  const actor = await requireActor(request, "openProposal");
  const input = await parseJsonBody(request, proposalInputSchema);
  await consumeRateLimit(actor.userId, PROPOSALS_PER_USER);

  const proposal = await openProposal(actor, input, await now());
  return NextResponse.json({ proposal }, { status: 201 });
});

"use server";

import { redirect } from "next/navigation";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/http/errors";
import { ballotInputSchema, castBallot } from "@/lib/proposals/cast-ballot";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { BALLOTS_PER_USER } from "@/lib/rate-limit/rules";

// Plain form posts that redirect back with the outcome in the address, so that voting works
// with JavaScript off as well as on.
async function backTo(proposalId: number, work: () => Promise<string>): Promise<never> {
  let notice: string;
  try {
    notice = await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    redirect(`/proposals/${proposalId}?error=${encodeURIComponent(error.message)}#vote`);
  }
  redirect(`/proposals/${proposalId}?notice=${encodeURIComponent(notice)}#vote`);
}

export async function voteAction(proposalId: number, form: FormData): Promise<void> {
  await backTo(proposalId, async () => {
    const actor = await requireSessionActor("vote");
    const parsed = ballotInputSchema.safeParse({ choice: form.get("choice") });
    if (!parsed.success) throw new AppError("invalid", 'choose "yes", "no" or "abstain"');
    await consumeRateLimit(actor.userId, BALLOTS_PER_USER);
    const ballot = await castBallot(proposalId, actor, parsed.data, await now());
    return ballot.changed
      ? `Your ballot "${ballot.choice}" was recorded.`
      : `Your ballot was already "${ballot.choice}".`;
  });
}

export async function withdrawAction(proposalId: number): Promise<void> {
  await backTo(proposalId, async () => {
    const actor = await requireSessionActor("withdrawProposal");
    await withdrawProposal(proposalId, actor, await now());
    return "The proposal was withdrawn.";
  });
}

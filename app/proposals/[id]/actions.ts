"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { now } from "@/lib/clock";
import { type ActionState, actionState } from "@/lib/http/action-state";
import { AppError } from "@/lib/http/errors";
import { ballotInputSchema, castBallot } from "@/lib/proposals/cast-ballot";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { BALLOTS_PER_USER } from "@/lib/rate-limit/rules";

// Form actions that answer with a message for the form (see VoteForm): with JavaScript off the
// page is rendered again with it, with JavaScript on only the form updates.

export async function voteAction(
  proposalId: number,
  _previous: ActionState<string>,
  form: FormData,
): Promise<ActionState<string>> {
  return actionState(async () => {
    const actor = await requireSessionActor("vote");
    const parsed = ballotInputSchema.safeParse({ choice: form.get("choice") });
    if (!parsed.success) throw new AppError("invalid", 'choose "yes", "no" or "abstain"');
    await consumeRateLimit(actor.userId, BALLOTS_PER_USER);
    const ballot = await castBallot(proposalId, actor, parsed.data, await now());
    revalidatePath(`/proposals/${proposalId}`);
    return ballot.changed
      ? `Your ballot "${ballot.choice}" was recorded.`
      : `Your ballot was already "${ballot.choice}".`;
  });
}

export async function withdrawAction(
  proposalId: number,
  _previous: ActionState<string>,
): Promise<ActionState<string>> {
  return actionState(async () => {
    const actor = await requireSessionActor("withdrawProposal");
    await withdrawProposal(proposalId, actor, await now());
    revalidatePath(`/proposals/${proposalId}`);
    return "The proposal was withdrawn.";
  });
}

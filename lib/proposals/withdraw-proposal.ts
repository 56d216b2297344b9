import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { phaseAt } from "@/lib/proposals/phase";

/** The proposer takes their proposal back; allowed until voting ends. */
export async function withdrawProposal(proposalId: number, actor: Actor, at: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const [proposal] = await tx.$queryRaw<
      {
        proposerId: string | null;
        status: "draft";
        discussionStartsAt: Date | null;
        votingStartsAt: Date | null;
        votingEndsAt: Date | null;
      }[]
    >`SELECT "proposerId", status, "discussionStartsAt", "votingStartsAt", "votingEndsAt"
        FROM proposal WHERE id = ${proposalId} FOR UPDATE`;
    if (!proposal) throw notFound(`proposal ${proposalId}`);
    if (proposal.proposerId !== actor.userId) {
      throw new AppError("forbidden", "only the person who opened a proposal may withdraw it");
    }

    const phase = phaseAt(proposal, at);
    if (phase === "withdrawn") throw new AppError("conflict", "this proposal is already withdrawn");
    if (phase === "closed") {
      throw new AppError(
        "closed",
        `voting closed at ${proposal.votingEndsAt?.toISOString()}; it can no longer be withdrawn`,
      );
    }
    await tx.proposal.update({
      where: { id: proposalId },
      data: { status: "withdrawn", closedAt: at },
    });
  }, TRANSACTION_LIMITS);
  log.info("proposal.withdrawn", { proposalId, userId: actor.userId });
}

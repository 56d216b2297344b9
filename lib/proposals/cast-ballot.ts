// A trusted user's ballot. One current ballot per voter and proposal (the primary key), every
// change kept in ballot_event, and every refusal decided inside the transaction that writes.
import { z } from "zod";
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { BallotChoice } from "@/lib/generated/prisma/enums";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { advanceProposal } from "@/lib/proposals/advance-proposal";
import { phaseAt } from "@/lib/proposals/phase";

export const ballotInputSchema = z.object({
  choice: z.enum(BallotChoice, { error: 'choice must be "yes", "no" or "abstain"' }),
});
export type BallotInput = z.infer<typeof ballotInputSchema>;

export interface CastBallot {
  choice: BallotChoice;
  castAt: Date;
  /** False when the voter sent the choice they already had: nothing new was recorded. */
  changed: boolean;
}

export async function castBallot(
  proposalId: number,
  voter: Actor,
  input: BallotInput,
  at: Date,
): Promise<CastBallot> {
  await advanceProposal(proposalId, at);

  return db().$transaction(async (tx) => {
    // A share lock: ballots run side by side, while closing the vote (FOR UPDATE in
    // advanceProposal) waits for them and they wait for it.
    const [proposal] = await tx.$queryRaw<
      {
        status:
          | "draft"
          | "discussion"
          | "voting"
          | "accepted"
          | "rejected"
          | "no_quorum"
          | "withdrawn";
        discussionStartsAt: Date | null;
        votingStartsAt: Date | null;
        votingEndsAt: Date | null;
        subjectUserId: string | null;
        decided: boolean;
      }[]
    >`SELECT status, "discussionStartsAt", "votingStartsAt", "votingEndsAt", "subjectUserId",
             decision IS NOT NULL AS decided
        FROM proposal WHERE id = ${proposalId} FOR SHARE`;
    if (!proposal) throw notFound(`proposal ${proposalId}`);

    const phase = phaseAt(proposal, at);
    if (phase === "withdrawn") throw new AppError("closed", "this proposal was withdrawn");
    if (phase === "closed" || proposal.decided) {
      throw new AppError("closed", `voting closed at ${proposal.votingEndsAt?.toISOString()}`);
    }
    if (phase !== "voting") {
      throw new AppError(
        "conflict",
        `voting has not opened yet; it opens at ${proposal.votingStartsAt?.toISOString()}`,
      );
    }
    if (proposal.subjectUserId === voter.userId) {
      throw new AppError("forbidden", "the person a proposal is about may not vote on it");
    }
    const member = await tx.electorateMember.findUnique({
      where: { proposalId_userId: { proposalId, userId: voter.userId } },
    });
    if (!member) {
      throw new AppError(
        "forbidden",
        `only the trusted users of ${proposal.votingStartsAt?.toISOString()}, when voting opened, may vote on this proposal`,
      );
    }

    // Inserted, or updated only when the choice differs: the row comes back exactly when
    // something changed, and only then does the history gain an entry.
    const written = await tx.$queryRaw<{ choice: BallotChoice }[]>`
      INSERT INTO ballot ("proposalId", "voterId", choice, "castAt")
      VALUES (${proposalId}, ${voter.userId}, ${input.choice}::"BallotChoice", ${at})
      ON CONFLICT ("proposalId", "voterId") DO UPDATE
        SET choice = EXCLUDED.choice, "castAt" = EXCLUDED."castAt"
        WHERE ballot.choice IS DISTINCT FROM EXCLUDED.choice
      RETURNING choice`;
    const changed = written.length > 0;
    if (changed) {
      await tx.ballotEvent.create({
        data: { proposalId, voterId: voter.userId, choice: input.choice, castAt: at },
      });
      log.info("ballot.cast", { proposalId, userId: voter.userId });
    }
    return { choice: input.choice, castAt: at, changed };
  }, TRANSACTION_LIMITS);
}

// Brings a proposal's stored state up to the time: freezes the electorate once voting has
// started and records the decision once it has ended. Idempotent; the job queue calls it at
// each instant, and every reader and ballot calls it too, so nothing depends on the job's
// punctuality.
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { freezeElectorate } from "@/lib/proposals/electorate";
import { decide } from "@/lib/proposals/outcome";
import { phaseAt } from "@/lib/proposals/phase";
import { ruleSetSchema } from "@/lib/proposals/rules";
import { tallyOf } from "@/lib/proposals/tally";

export async function advanceProposal(id: number, at: Date): Promise<void> {
  const current = await db().proposal.findUnique({
    where: { id },
    select: {
      status: true,
      discussionStartsAt: true,
      votingStartsAt: true,
      votingEndsAt: true,
      electorateFrozenAt: true,
      decision: true,
    },
  });
  if (!current || !needsAdvance(current, at)) return;

  await db().$transaction(async (tx) => {
    // The row lock makes concurrent advancers take turns; the second finds nothing to do.
    await tx.$queryRaw`SELECT id FROM proposal WHERE id = ${id} FOR UPDATE`;
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id } });
    const phase = phaseAt(proposal, at);
    if (phase !== "voting" && phase !== "closed") return;

    if (!proposal.electorateFrozenAt) {
      const size = await freezeElectorate(tx, {
        id,
        votingStartsAt: proposal.votingStartsAt as Date,
        subjectUserId: proposal.subjectUserId,
      });
      log.info("proposal.electorate_frozen", { proposalId: id, electorate: size });
    }
    if (phase === "voting") {
      if (proposal.status !== "voting")
        await tx.proposal.update({ where: { id }, data: { status: "voting" } });
      return;
    }
    if (proposal.decision === null)
      await close(tx, id, proposal.rules, proposal.votingEndsAt as Date);
  }, TRANSACTION_LIMITS);
}

function needsAdvance(
  proposal: Parameters<typeof phaseAt>[0] & { electorateFrozenAt: Date | null; decision: unknown },
  at: Date,
): boolean {
  const phase = phaseAt(proposal, at);
  if (phase === "voting")
    return proposal.electorateFrozenAt === null || proposal.status !== "voting";
  if (phase === "closed") return proposal.decision === null;
  return false;
}

async function close(tx: Prisma.TransactionClient, id: number, rules: unknown, endedAt: Date) {
  const { quorumPercent } = ruleSetSchema.parse(rules);
  const electorate = await tx.electorateMember.count({ where: { proposalId: id } });
  const tally = await tallyOf(tx, id);
  const decision = decide(tally, electorate, quorumPercent);

  await tx.proposal.update({
    where: { id },
    data: {
      status: decision.outcome,
      closedAt: endedAt,
      decision: { ...decision, tally: { ...tally }, quorumPercent },
    },
  });
  log.info("proposal.closed", { proposalId: id, outcome: decision.outcome, electorate });
}

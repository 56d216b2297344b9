import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tally } from "@/lib/proposals/outcome";

/** The current ballots of a proposal, counted by choice. */
export async function tallyOf(tx: Prisma.TransactionClient, proposalId: number): Promise<Tally> {
  const groups = await tx.ballot.groupBy({
    by: ["choice"],
    where: { proposalId },
    _count: { _all: true },
  });
  const tally: Tally = { yes: 0, no: 0, abstain: 0 };
  for (const group of groups) tally[group.choice] = group._count._all;
  return tally;
}

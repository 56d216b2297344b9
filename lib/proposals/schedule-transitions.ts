import { ADVANCE_PROPOSAL, boss, jobsEnabled } from "@/lib/jobs/queue";

/** Queues a re-check of the proposal at each instant; one job per proposal and instant. */
export async function scheduleTransitions(proposalId: number, instants: Date[]): Promise<void> {
  if (!jobsEnabled()) return;
  const queue = await boss();
  for (const at of instants) {
    await queue.send(
      ADVANCE_PROPOSAL,
      { proposalId },
      { startAfter: at, singletonKey: `${proposalId}@${at.toISOString()}` },
    );
  }
}

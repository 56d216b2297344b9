// One proposal as a reader sees it at an instant: its rules, schedule and timeline, the vote as
// far as the rules let it be seen, and the reader's own ballot.
import { db } from "@/lib/db/client";
import type { BallotChoice } from "@/lib/generated/prisma/enums";
import { notFound } from "@/lib/http/errors";
import { advanceProposal } from "@/lib/proposals/advance-proposal";
import { proposalSummarySelect } from "@/lib/proposals/find-proposals";
import type { Decision, Tally } from "@/lib/proposals/outcome";
import { type Phase, phaseAt, type TimelineEntry, timeline } from "@/lib/proposals/phase";
import { type RuleSet, ruleSetSchema } from "@/lib/proposals/rules";
import { tallyOf } from "@/lib/proposals/tally";

export interface VoteView {
  /** Frozen when voting opened; null before. */
  electorate: number | null;
  ballots: number;
  /** Ballots needed for a quorum, from the electorate and the rule set. */
  quorumBallots: number | null;
  /** The split, when the rules let it be seen: after the end, or while running if public. */
  tally: Tally | null;
  voters: { name: string; choice: BallotChoice }[] | null;
  decision: (Decision & { tally: Tally }) | null;
  ownBallot: { choice: BallotChoice; castAt: Date } | null;
  /** Whether the reader is in the electorate. */
  canVote: boolean;
}

export async function getProposal(id: number, viewer: { userId: string | null }, at: Date) {
  await advanceProposal(id, at);
  const proposal = await db().proposal.findUnique({
    where: { id },
    select: {
      ...proposalSummarySelect,
      body: true,
      rules: true,
      subjectUserId: true,
      electorateFrozenAt: true,
      decision: true,
      proposer: { select: { id: true, name: true } },
      subjectUser: { select: { name: true } },
    },
  });
  if (!proposal) throw notFound(`proposal ${id}`);

  const rules: RuleSet = ruleSetSchema.parse(proposal.rules);
  const phase: Phase = phaseAt(proposal, at);
  return {
    ...proposal,
    rules,
    phase,
    proposer: proposal.proposer?.name ?? null,
    proposerId: proposal.proposer?.id ?? null,
    subjectUser: proposal.subjectUser?.name ?? null,
    timeline: timeline(proposal, at) satisfies TimelineEntry[],
    vote: await voteView(proposal, rules, phase, viewer.userId),
  };
}

async function voteView(
  proposal: { id: number; electorateFrozenAt: Date | null; decision: unknown },
  rules: RuleSet,
  phase: Phase,
  userId: string | null,
): Promise<VoteView> {
  const frozen = proposal.electorateFrozenAt !== null;
  const [electorate, tally, own, member] = await Promise.all([
    frozen ? db().electorateMember.count({ where: { proposalId: proposal.id } }) : null,
    tallyOf(db(), proposal.id),
    userId
      ? db().ballot.findUnique({
          where: { proposalId_voterId: { proposalId: proposal.id, voterId: userId } },
        })
      : null,
    userId && frozen
      ? db().electorateMember.findUnique({
          where: { proposalId_userId: { proposalId: proposal.id, userId } },
        })
      : null,
  ]);

  const ballots = tally.yes + tally.no + tally.abstain;
  const visible = phase === "closed" || (phase === "voting" && rules.publicWhileRunning);
  const voters = visible
    ? (
        await db().ballot.findMany({
          where: { proposalId: proposal.id },
          select: { choice: true, voter: { select: { name: true, email: true } } },
          orderBy: { voter: { name: "asc" } },
        })
      ).map((ballot) => ({
        name: ballot.voter.name ?? ballot.voter.email.split("@")[0] ?? "",
        choice: ballot.choice,
      }))
    : null;

  return {
    electorate,
    ballots,
    quorumBallots: electorate === null ? null : Math.ceil((rules.quorumPercent * electorate) / 100),
    tally: visible ? tally : null,
    voters,
    decision: (proposal.decision as VoteView["decision"]) ?? null,
    ownBallot: own ? { choice: own.choice, castAt: own.castAt } : null,
    canVote: phase === "voting" && member !== null,
  };
}

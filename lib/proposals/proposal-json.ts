import type { getProposal } from "@/lib/proposals/get-proposal";

type ProposalView = Awaited<ReturnType<typeof getProposal>>;

/** The API's shape of a proposal: instants as ISO 8601 UTC, periods in milliseconds. */
export function proposalJson(proposal: ProposalView) {
  return {
    id: proposal.id,
    title: proposal.title,
    kind: proposal.kind,
    status: proposal.status,
    phase: proposal.phase,
    body: proposal.body,
    packageName: proposal.packageName,
    fromRepo: proposal.fromRepo,
    toRepo: proposal.toRepo,
    subjectUser: proposal.subjectUser,
    proposer: proposal.proposer,
    threadId: proposal.threadId,
    rules: proposal.rules,
    createdAt: proposal.createdAt,
    discussionStartsAt: proposal.discussionStartsAt,
    votingStartsAt: proposal.votingStartsAt,
    votingEndsAt: proposal.votingEndsAt,
    closedAt: proposal.closedAt,
    timeline: proposal.timeline,
    electorateSize: proposal.vote.electorate,
    ballots: proposal.vote.ballots,
    quorumBallots: proposal.vote.quorumBallots,
    tally: proposal.vote.tally,
    voters: proposal.vote.voters,
    decision: proposal.vote.decision,
    ownBallot: proposal.vote.ownBallot,
  };
}

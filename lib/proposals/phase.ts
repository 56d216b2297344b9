// Where a proposal stands at an instant, from its instants alone. The stored status follows
// this (jobs and readers write it), but every rule is judged by this function, so a late job
// can never let a late ballot in.
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

export type Phase = "draft" | "discussion" | "voting" | "closed" | "withdrawn";

export interface Schedule {
  status: ProposalStatus;
  discussionStartsAt: Date | null;
  votingStartsAt: Date | null;
  votingEndsAt: Date | null;
}

export function phaseAt(proposal: Schedule, at: Date): Phase {
  if (proposal.status === "withdrawn") return "withdrawn";
  const { discussionStartsAt, votingStartsAt, votingEndsAt } = proposal;
  if (!discussionStartsAt || !votingStartsAt || !votingEndsAt) return "draft";
  if (at < discussionStartsAt) return "draft";
  if (at < votingStartsAt) return "discussion";
  // The closing instant itself belongs to the closed vote: a ballot at 12:00:00.000 for a vote
  // closing at 12:00:00.000 is late.
  if (at < votingEndsAt) return "voting";
  return "closed";
}

export interface TimelineEntry {
  status: ProposalStatus | "closed";
  at: Date;
  /** False for an instant still ahead. */
  reached: boolean;
}

/** The transitions of a proposal with their instants, past and planned. */
export function timeline(
  proposal: Schedule & { createdAt: Date; closedAt: Date | null },
  at: Date,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ status: "draft", at: proposal.createdAt, reached: true }];
  const push = (status: TimelineEntry["status"], instant: Date | null) => {
    if (instant) entries.push({ status, at: instant, reached: instant <= at });
  };

  if (proposal.status === "withdrawn") {
    if (
      proposal.discussionStartsAt &&
      proposal.closedAt &&
      proposal.discussionStartsAt <= proposal.closedAt
    ) {
      push("discussion", proposal.discussionStartsAt);
    }
    if (
      proposal.votingStartsAt &&
      proposal.closedAt &&
      proposal.votingStartsAt <= proposal.closedAt
    ) {
      push("voting", proposal.votingStartsAt);
    }
    push("withdrawn", proposal.closedAt);
    return entries;
  }
  push("discussion", proposal.discussionStartsAt);
  push("voting", proposal.votingStartsAt);
  push("closed", proposal.votingEndsAt);
  return entries;
}

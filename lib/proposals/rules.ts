// The voting rules, by kind of proposal. Defaults follow the Arch Linux package maintainer
// bylaws. A proposal copies its rule set when it is opened (Proposal.rules), so editing these
// later never changes a vote already under way.
import { z } from "zod";
import type { ProposalKind } from "@/lib/generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

export const ruleSetSchema = z.object({
  /** How long people argue before anyone may vote. */
  discussionMs: z.number().int().positive(),
  /** How long the vote stays open. */
  votingMs: z.number().int().positive(),
  /**
   * Percentage of the electorate that must take part (yes + no + abstain) for a quorum. A whole
   * percentage keeps the comparison in integers: 0.58 × 50 is 28.999999999999996 in floating point.
   */
  quorumPercent: z.number().int().min(0).max(100),
  /** Whether the split and the voters are shown while voting runs. */
  publicWhileRunning: z.boolean(),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

// Five days lets maintainers in every time zone see a proposal over a weekend; seven more for
// the vote gives absent voters a full week.
const STANDARD: RuleSet = {
  discussionMs: 5 * DAY_MS,
  votingMs: 7 * DAY_MS,
  quorumPercent: 66,
  publicWhileRunning: false,
};

// Changing the rules themselves, or removing a person, needs broader participation.
const HEIGHTENED_QUORUM = 75;

export const DEFAULT_RULES: Record<ProposalKind, RuleSet> = {
  package_add: STANDARD,
  package_move: STANDARD,
  package_drop: STANDARD,
  trusted_user_add: STANDARD,
  // The bylaws shorten both periods for removing an inactive trusted user, who by definition
  // is not around to take part.
  trusted_user_remove: {
    ...STANDARD,
    discussionMs: 3 * DAY_MS,
    votingMs: 5 * DAY_MS,
    quorumPercent: HEIGHTENED_QUORUM,
  },
  policy: STANDARD,
  bylaws: { ...STANDARD, quorumPercent: HEIGHTENED_QUORUM },
};

// How a vote ends, as the bylaws write it. Pure arithmetic on counts; integers throughout, so
// that no rounding can tip a result.

export interface Tally {
  yes: number;
  no: number;
  abstain: number;
}

export type Outcome = "accepted" | "rejected" | "no_quorum";

export interface Decision {
  outcome: Outcome;
  electorate: number;
  participation: number;
  quorumMet: boolean;
  /** Why, in words a voter can check against the bylaws. */
  reason: string;
}

export function decide(tally: Tally, electorate: number, quorumPercent: number): Decision {
  const participation = tally.yes + tally.no + tally.abstain;
  if (electorate === 0) {
    return {
      outcome: "no_quorum",
      electorate,
      participation,
      quorumMet: false,
      reason: "no decision: the electorate was empty",
    };
  }

  const quorumMet = participation * 100 >= quorumPercent * electorate;
  // "More than half" and "at least half" of the electorate, compared as 2 × votes against it.
  if (tally.yes * 2 > electorate) {
    return {
      outcome: "accepted",
      electorate,
      participation,
      quorumMet,
      reason: "more than half of the electorate voted yes",
    };
  }
  if (tally.no * 2 >= electorate) {
    return {
      outcome: "rejected",
      electorate,
      participation,
      quorumMet,
      reason: "at least half of the electorate voted no",
    };
  }
  if (quorumMet && tally.yes > tally.no) {
    return {
      outcome: "accepted",
      electorate,
      participation,
      quorumMet,
      reason: "quorum met and more yes than no",
    };
  }
  if (quorumMet) {
    return {
      outcome: "rejected",
      electorate,
      participation,
      quorumMet,
      reason: "quorum met and no at least as many as yes",
    };
  }
  return {
    outcome: "no_quorum",
    electorate,
    participation,
    quorumMet,
    reason: `fewer than ${quorumPercent}% of the electorate took part`,
  };
}

import { describe, expect, it } from "vitest";
import { decide } from "@/lib/proposals/outcome";

const QUORUM = 66;

describe("decide, for an electorate of 10 and a 66% quorum", () => {
  it.each([
    [6, 0, 0, "accepted"],
    [4, 3, 0, "accepted"],
    [4, 4, 0, "rejected"],
    [3, 1, 2, "no_quorum"],
    [0, 5, 0, "rejected"],
    [5, 2, 0, "accepted"],
    [3, 3, 1, "rejected"],
    [2, 1, 3, "no_quorum"],
  ] as const)("%i yes / %i no / %i abstain → %s", (yes, no, abstain, outcome) => {
    expect(decide({ yes, no, abstain }, 10, QUORUM).outcome).toBe(outcome);
  });

  it("counts abstentions towards the quorum", () => {
    const decision = decide({ yes: 3, no: 2, abstain: 2 }, 10, QUORUM);
    expect(decision).toMatchObject({ quorumMet: true, participation: 7, outcome: "accepted" });
  });
});

describe("decide, at the edges", () => {
  it("gives no decision for an empty electorate, without dividing by zero", () => {
    expect(decide({ yes: 0, no: 0, abstain: 0 }, 0, QUORUM)).toMatchObject({
      outcome: "no_quorum",
      quorumMet: false,
      reason: "no decision: the electorate was empty",
    });
  });

  it("meets a quorum exactly at the percentage, in integers", () => {
    expect(decide({ yes: 17, no: 15, abstain: 1 }, 50, QUORUM).quorumMet).toBe(true);
    expect(decide({ yes: 17, no: 15, abstain: 0 }, 50, QUORUM).quorumMet).toBe(false);
    // 0.58 × 50 is 28.999999999999996 in floating point; 28 of 50 must still miss a 58% quorum.
    expect(decide({ yes: 14, no: 13, abstain: 1 }, 50, 58).quorumMet).toBe(false);
    expect(decide({ yes: 15, no: 13, abstain: 1 }, 50, 58).quorumMet).toBe(true);
  });

  it("uses the heightened quorum of a removal", () => {
    expect(decide({ yes: 4, no: 3, abstain: 0 }, 10, 75).outcome).toBe("no_quorum");
    expect(decide({ yes: 4, no: 3, abstain: 1 }, 10, 75).outcome).toBe("accepted");
  });
});

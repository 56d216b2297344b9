import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { advanceProposal } from "@/lib/proposals/advance-proposal";
import { castBallot } from "@/lib/proposals/cast-ballot";
import { getProposal } from "@/lib/proposals/get-proposal";
import { openProposal } from "@/lib/proposals/open-proposal";
import type { ProposalInput } from "@/lib/proposals/proposal-input";
import { DEFAULT_RULES } from "@/lib/proposals/rules";
import { withdrawProposal } from "@/lib/proposals/withdraw-proposal";
import { createUser } from "@/lib/seed/factories";

const DAY = 86_400_000;
const STANDARD = DEFAULT_RULES.package_move;

async function person(roles: Role[], at: Date, label = "user"): Promise<Actor> {
  const email = `${label}-${randomUUID().slice(0, 8)}@vote.example.org`;
  const user = await createUser(db(), {
    email,
    name: `${label} ${email.slice(-20, -17)}`,
    roles,
    at,
  });
  return { userId: user.id, name: user.name, email, roles, via: "session" };
}

async function voters(count: number, at: Date): Promise<Actor[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) => person(["member", "trusted"], at, `voter${i}`)),
  );
}

/** A maintainer since the day before `openedAt`, to open a proposal then. */
function proposerFor(openedAt: Date): Promise<Actor> {
  return person(["member", "maintainer"], new Date(openedAt.getTime() - DAY), "proposer");
}

/** Opens a package move at `openedAt`; voting runs [openedAt + 5 d, openedAt + 12 d). */
async function packageMove(openedAt: Date, input: Partial<ProposalInput> = {}) {
  const proposer = await proposerFor(openedAt);
  const proposal = await openProposal(
    proposer,
    {
      kind: "package_move",
      title: "Move something somewhere",
      body: "",
      packageName: "linux-mptcp",
      fromRepo: "AUR",
      toRepo: "community",
      ...input,
    } as ProposalInput,
    openedAt,
  );
  return {
    proposer,
    id: proposal.id,
    votingStartsAt: new Date(openedAt.getTime() + STANDARD.discussionMs),
    votingEndsAt: new Date(openedAt.getTime() + STANDARD.discussionMs + STANDARD.votingMs),
  };
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("ballots", () => {
  it("counts 100 voters voting at once as 100 ballots", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const electorate = await voters(100, new Date(opened.getTime() - DAY));
    const proposal = await packageMove(opened);
    const during = new Date(proposal.votingStartsAt.getTime() + 1000);

    const results = await Promise.all(
      electorate.map((voter, i) =>
        castBallot(proposal.id, voter, { choice: i % 3 === 0 ? "no" : "yes" }, during),
      ),
    );
    expect(results.every((result) => result.changed)).toBe(true);
    expect(await db().ballot.count({ where: { proposalId: proposal.id } })).toBe(100);

    await advanceProposal(proposal.id, proposal.votingEndsAt);
    const closed = await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(closed.decision).toMatchObject({
      tally: { yes: 66, no: 34, abstain: 0 },
      electorate: 100,
      outcome: "accepted",
    });
    expect(closed.status).toBe("accepted");
  });

  it("stores one ballot for 50 identical requests from one voter at once", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = await voters(1, new Date(opened.getTime() - DAY));
    const proposal = await packageMove(opened);
    const during = new Date(proposal.votingStartsAt.getTime() + 1000);

    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        castBallot(proposal.id, voter as Actor, { choice: "yes" }, during),
      ),
    );
    expect(results.filter((result) => result.changed)).toHaveLength(1);
    expect(await db().ballot.count({ where: { proposalId: proposal.id } })).toBe(1);
    expect(await db().ballotEvent.count({ where: { proposalId: proposal.id } })).toBe(1);
  });

  it("keeps every change of mind and counts only the last", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);
    const start = proposal.votingStartsAt.getTime();

    await castBallot(proposal.id, voter, { choice: "yes" }, new Date(start + 1000));
    await castBallot(proposal.id, voter, { choice: "no" }, new Date(start + 2000));
    await castBallot(proposal.id, voter, { choice: "abstain" }, new Date(start + 3000));

    const history = await db().ballotEvent.findMany({
      where: { proposalId: proposal.id },
      orderBy: { castAt: "asc" },
    });
    expect(history.map((event) => event.choice)).toEqual(["yes", "no", "abstain"]);
    const ballot = await db().ballot.findUniqueOrThrow({
      where: { proposalId_voterId: { proposalId: proposal.id, voterId: voter.userId } },
    });
    expect(ballot.choice).toBe("abstain");
  });

  it("refuses a ballot at the exact closing instant, saying when voting closed", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);

    const late = await refusal(
      castBallot(proposal.id, voter, { choice: "yes" }, proposal.votingEndsAt),
    );
    expect(late.kind).toBe("closed");
    expect(late.message).toBe(`voting closed at ${proposal.votingEndsAt.toISOString()}`);

    const justInTime = new Date(proposal.votingEndsAt.getTime() - 1);
    const early = await packageMove(opened);
    await expect(castBallot(early.id, voter, { choice: "yes" }, justInTime)).resolves.toMatchObject(
      { changed: true },
    );
    expect(await db().ballot.count({ where: { proposalId: proposal.id } })).toBe(0);
  });

  it("refuses a ballot before voting opens, saying when it opens", async () => {
    const opened = new Date(Date.now() - DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);

    const early = await refusal(
      castBallot(proposal.id, voter, { choice: "yes" }, new Date(opened.getTime() + 1000)),
    );
    expect(early.kind).toBe("conflict");
    expect(early.message).toContain(proposal.votingStartsAt.toISOString());
  });

  it("refuses a user made trusted after voting started, and the electorate stays frozen", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const early = await voters(3, new Date(opened.getTime() - DAY));
    const proposal = await packageMove(opened);
    const during = new Date(proposal.votingStartsAt.getTime() + 60_000);
    await castBallot(proposal.id, early[0] as Actor, { choice: "yes" }, during);

    const latecomer = await person(
      ["member", "trusted"],
      new Date(proposal.votingStartsAt.getTime() + 1),
      "latecomer",
    );
    const refused = await refusal(
      castBallot(proposal.id, latecomer, { choice: "yes" }, new Date(during.getTime() + 1000)),
    );
    expect(refused.kind).toBe("forbidden");
    expect(refused.message).toContain("when voting opened");

    const view = await getProposal(
      proposal.id,
      { userId: null },
      new Date(during.getTime() + 2000),
    );
    expect(view.vote.ballots).toBe(1);
    const members = await db().electorateMember.findMany({ where: { proposalId: proposal.id } });
    expect(members.map((m) => m.userId)).not.toContain(latecomer.userId);
    for (const voter of early) expect(members.map((m) => m.userId)).toContain(voter.userId);
  });

  it("refuses the subject of a removal and leaves them out of the electorate", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [subject, other] = (await voters(2, new Date(opened.getTime() - DAY))) as [Actor, Actor];
    const proposer = await proposerFor(opened);
    const proposal = await openProposal(
      proposer,
      {
        kind: "trusted_user_remove",
        title: "Remove an inactive trusted user",
        body: "",
        subjectUser: subject.email,
      },
      opened,
    );
    const rules = DEFAULT_RULES.trusted_user_remove;
    const during = new Date(opened.getTime() + rules.discussionMs + 1000);

    const refused = await refusal(castBallot(proposal.id, subject, { choice: "no" }, during));
    expect(refused).toMatchObject({
      kind: "forbidden",
      message: "the person a proposal is about may not vote on it",
    });
    await castBallot(proposal.id, other, { choice: "yes" }, during);

    const members = await db().electorateMember.findMany({ where: { proposalId: proposal.id } });
    expect(members.map((m) => m.userId)).not.toContain(subject.userId);
    expect(await db().ballot.count({ where: { proposalId: proposal.id } })).toBe(1);
    const row = await db().proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect(row.votingEndsAt?.getTime()).toBe(
      opened.getTime() + rules.discussionMs + rules.votingMs,
    );
  });

  it("refuses a ballot once the proposal is withdrawn", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);
    const during = new Date(proposal.votingStartsAt.getTime() + 1000);

    const stranger = await person(["member", "maintainer"], opened, "stranger");
    expect((await refusal(withdrawProposal(proposal.id, stranger, during))).kind).toBe("forbidden");
    await withdrawProposal(proposal.id, proposal.proposer, during);
    expect(
      (
        await refusal(
          castBallot(proposal.id, voter, { choice: "yes" }, new Date(during.getTime() + 1)),
        )
      ).kind,
    ).toBe("closed");
  });
});

describe("what stays", () => {
  it("never lets the ballot history be changed or deleted", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);
    await castBallot(
      proposal.id,
      voter,
      { choice: "yes" },
      new Date(proposal.votingStartsAt.getTime() + 1),
    );

    await expect(
      db().$executeRaw`UPDATE ballot_event SET choice = 'no' WHERE "proposalId" = ${proposal.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(
      db().$executeRaw`DELETE FROM ballot_event WHERE "proposalId" = ${proposal.id}`,
    ).rejects.toThrow(/append-only/);
    expect(
      await db().ballotEvent.count({ where: { proposalId: proposal.id, choice: "yes" } }),
    ).toBe(1);
  });

  it("keeps a disabled user's proposals and ballots, and refuses deleting them", async () => {
    const opened = new Date(Date.now() - 30 * DAY);
    const [voter] = (await voters(1, new Date(opened.getTime() - DAY))) as [Actor];
    const proposal = await packageMove(opened);
    await castBallot(
      proposal.id,
      voter,
      { choice: "yes" },
      new Date(proposal.votingStartsAt.getTime() + 1),
    );

    await db().user.update({ where: { id: voter.userId }, data: { disabledAt: new Date() } });
    await expect(db().user.delete({ where: { id: voter.userId } })).rejects.toThrow();
    await expect(db().user.delete({ where: { id: proposal.proposer.userId } })).rejects.toThrow();
    expect(
      await db().ballot.count({ where: { proposalId: proposal.id, voterId: voter.userId } }),
    ).toBe(1);
    expect(
      await db().proposal.count({
        where: { id: proposal.id, proposerId: proposal.proposer.userId },
      }),
    ).toBe(1);
  });
});

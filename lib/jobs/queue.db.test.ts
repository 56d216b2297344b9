import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ADVANCE_PROPOSAL, boss, stopJobs } from "@/lib/jobs/queue";
import { advanceProposal } from "@/lib/proposals/advance-proposal";
import { openProposal } from "@/lib/proposals/open-proposal";
import { scheduleTransitions } from "@/lib/proposals/schedule-transitions";
import { createUser } from "@/lib/seed/factories";

afterAll(async () => {
  await stopJobs();
  process.env.QUORUM_JOBS = "off";
});

describe("the job queue", () => {
  it("moves a proposal into voting at its instant, through PostgreSQL", async () => {
    process.env.QUORUM_JOBS = "on";
    const at = new Date(Date.now() - 5 * 86_400_000 + 1500);
    const email = `jobs-${randomUUID().slice(0, 8)}@example.org`;
    const user = await createUser(db(), {
      email,
      name: "Jobs",
      roles: ["member", "maintainer"],
      at: new Date(at.getTime() - 1000),
    });
    const actor = {
      userId: user.id,
      name: "Jobs",
      email,
      roles: ["member", "maintainer"] as const,
      via: "session" as const,
    };
    const { id } = await openProposal(
      actor,
      { kind: "policy", title: "A policy to schedule", body: "" },
      at,
    );

    const proposal = await db().proposal.findUniqueOrThrow({ where: { id } });
    const due = await jobsOf(`${id}@`);
    expect(due.map((job) => job.start_after.toISOString()).sort()).toEqual(
      [proposal.votingStartsAt, proposal.votingEndsAt]
        .map((instant) => instant?.toISOString())
        .sort(),
    );

    const queue = await boss();
    await queue.work<{ proposalId: number }>(
      ADVANCE_PROPOSAL,
      { pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        if (job) await advanceProposal(job.data.proposalId, new Date());
      },
    );
    await expect
      .poll(async () => (await db().proposal.findUniqueOrThrow({ where: { id } })).status, {
        timeout: 15_000,
        interval: 250,
      })
      .toBe("voting");
    const advanced = await db().proposal.findUniqueOrThrow({ where: { id } });
    expect(advanced.electorateFrozenAt?.toISOString()).toBe(advanced.votingStartsAt?.toISOString());
  });

  it("schedules one job per proposal and instant, however often it is asked", async () => {
    process.env.QUORUM_JOBS = "on";
    const instant = new Date(Date.now() + 3_600_000);
    await scheduleTransitions(999_999, [instant]);
    await scheduleTransitions(999_999, [instant]);
    expect(await jobsOf(`999999@${instant.toISOString()}`)).toHaveLength(1);
  });
});

async function jobsOf(keyPrefix: string): Promise<{ start_after: Date }[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ start_after: Date }>(
      `SELECT start_after FROM pgboss.job WHERE name = $1 AND starts_with(singleton_key, $2)`,
      [ADVANCE_PROPOSAL, keyPrefix],
    );
    return rows;
  } finally {
    await client.end();
  }
}

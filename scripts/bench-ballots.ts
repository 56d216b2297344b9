// npm run bench:ballots — many trusted users vote at once through POST /api/proposals/<id>/ballot
// on the production server; prints ballots per second, p50/p99 latency, and checks that the
// stored tally equals the ballots the server accepted.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { db, disconnectDb } from "@/lib/db/client";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { ensureProductionBuild, nextBin } from "@/lib/next-bin";
import { openProposal } from "@/lib/proposals/open-proposal";
import { DEFAULT_RULES } from "@/lib/proposals/rules";
import { createUser } from "@/lib/seed/factories";
import { createTestDatabase } from "@/lib/testing/test-database";
import { waitForServer } from "@/lib/testing/wait-for-server";
import { createApiToken } from "@/lib/tokens/create-api-token";

const VOTERS = Number(process.env.BENCH_VOTERS ?? 2_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CHOICES = ["yes", "no", "abstain"] as const;

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  // Every rule is judged by the instants; this process needs no queue of its own.
  process.env.QUORUM_JOBS = "off";
  ensureProductionBuild();
  const database = await createTestDatabase("quorum_bench");
  process.env.DATABASE_URL = database.url;

  // Voting opened a minute ago: the proposal was opened one discussion period and a minute back.
  const rules = DEFAULT_RULES.policy;
  const openedAt = new Date(Date.now() - rules.discussionMs - 60_000);
  const proposer = await createUser(db(), {
    email: "proposer@bench.example.org",
    name: "Proposer",
    roles: ["member", "maintainer"],
    at: new Date(openedAt.getTime() - 1000),
  });
  const tokens: string[] = [];
  for (let i = 0; i < VOTERS; i++) {
    const voter = await createUser(db(), {
      email: `voter${i}-${randomUUID().slice(0, 6)}@bench.example.org`,
      name: `Voter ${i}`,
      roles: ["member", "trusted"],
      at: new Date(openedAt.getTime() - 1000),
    });
    tokens.push((await createApiToken(voter.id, "bench")).secret);
  }
  const { id } = await openProposal(
    {
      userId: proposer.id,
      name: "Proposer",
      email: "proposer@bench.example.org",
      roles: ["member", "maintainer"],
      via: "session",
    },
    { kind: "policy", title: "Benchmark policy", body: "" },
    openedAt,
  );
  await disconnectDb();

  const server = spawn(process.execPath, [nextBin(), "start", "--port", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      QUORUM_JOBS: "off",
      // A production server insists on these; this throwaway board needs no real ones.
      AUTH_SECRET: randomUUID() + randomUUID(),
      AUTH_URL: `http://localhost:${PORT}`,
    },
    stdio: "ignore",
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/api/lists`);
    const sent = { yes: 0, no: 0, abstain: 0 };
    const latencies: number[] = [];
    let next = 0;
    let failures = 0;

    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < tokens.length) {
          const index = next++;
          const choice = CHOICES[index % 3] as (typeof CHOICES)[number];
          const begin = performance.now();
          const response = await fetch(`http://127.0.0.1:${PORT}/api/proposals/${id}/ballot`, {
            method: "POST",
            headers: {
              authorization: `Bearer ${tokens[index]}`,
              "content-type": "application/json",
            },
            body: JSON.stringify({ choice }),
          });
          await response.arrayBuffer();
          latencies.push(performance.now() - begin);
          if (response.status === 200) sent[choice] += 1;
          else failures += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const tally = await db().ballot.groupBy({
      by: ["choice"],
      where: { proposalId: id },
      _count: { _all: true },
    });
    const stored = Object.fromEntries(tally.map((row) => [row.choice, row._count._all]));
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
    const exact = CHOICES.every((choice) => (stored[choice] ?? 0) === sent[choice]);

    console.log(`voters:           ${VOTERS}, ${CONNECTIONS} connections`);
    console.log(`ballots/second:   ${Math.round(VOTERS / seconds)}`);
    console.log(`latency p50/p99:  ${at(0.5)} ms / ${at(0.99)} ms`);
    console.log(`accepted:         ${sent.yes + sent.no + sent.abstain} (${failures} refused)`);
    console.log(
      `stored tally:     yes ${stored.yes ?? 0}, no ${stored.no ?? 0}, abstain ${stored.abstain ?? 0}`,
    );
    console.log(`tally exact:      ${exact ? "yes" : "NO"}`);
    if (!exact || failures > 0) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await disconnectDb();
    await database.drop();
    releaseEmbeddedPostgres();
  }
}

main().catch((error: Error) => {
  console.error(`benchmark failed: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

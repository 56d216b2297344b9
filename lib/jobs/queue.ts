// Background work goes through PostgreSQL (pg-boss), never through timers in one process:
// any instance may run any job, a job survives restarts, and each runs once.
import PgBoss from "pg-boss";
import { requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

/** Re-checks a proposal at one of its instants (voting opens, voting closes). */
export const ADVANCE_PROPOSAL = "advance-proposal";

// How often an idle worker asks for due jobs: a transition may be recorded this late, which no
// rule notices, because every rule is judged by the instants themselves.
const POLLING_SECONDS = 5;

const globalForBoss = globalThis as unknown as { quorumBoss?: Promise<PgBoss> };

export function jobsEnabled(): boolean {
  return process.env.QUORUM_JOBS !== "off";
}

/** The process's pg-boss, started on first use, with the queues created. */
export function boss(): Promise<PgBoss> {
  globalForBoss.quorumBoss ??= (async () => {
    const instance = new PgBoss({
      connectionString: requireDatabaseUrl(),
      schema: "pgboss",
      max: 3,
    });
    instance.on("error", (error: Error) => log.error("jobs.error", { error: error.name }));
    await instance.start();
    // "short": at most one waiting job per singleton key, so scheduling twice queues once.
    await instance.createQueue(ADVANCE_PROPOSAL, { name: ADVANCE_PROPOSAL, policy: "short" });
    return instance;
  })();
  return globalForBoss.quorumBoss;
}

export async function stopJobs(): Promise<void> {
  const pending = globalForBoss.quorumBoss;
  globalForBoss.quorumBoss = undefined;
  if (pending) await (await pending).stop({ graceful: true, wait: true });
}

export async function startWorker(
  name: string,
  handler: (data: { proposalId: number }) => Promise<void>,
) {
  const instance = await boss();
  await instance.work<{ proposalId: number }>(
    name,
    { pollingIntervalSeconds: POLLING_SECONDS },
    async (jobs) => {
      for (const job of jobs) await handler(job.data);
    },
  );
  log.info("jobs.worker_started", { queue: name });
}

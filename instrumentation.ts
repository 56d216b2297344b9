// Runs once when a Next.js server instance starts: it refuses a broken sign-in configuration,
// naming the variable, and then every instance also works the job queue.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkAuthEnvOrExit } = await import("@/lib/auth/check-auth-env");
  checkAuthEnvOrExit();

  const { jobsEnabled, startWorker, ADVANCE_PROPOSAL } = await import("@/lib/jobs/queue");
  if (!jobsEnabled()) return;
  const { advanceProposal } = await import("@/lib/proposals/advance-proposal");
  const { now } = await import("@/lib/clock");
  await startWorker(ADVANCE_PROPOSAL, async ({ proposalId }) =>
    advanceProposal(proposalId, await now()),
  );
}

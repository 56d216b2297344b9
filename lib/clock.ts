// The time every rule of the board is judged by. In tests (QUORUM_TEST_CLOCK=1) an offset
// kept in the database moves it forward for every app instance at once, so that a five-day
// discussion passes in a second; otherwise it is simply the real time.
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";

export function testClockEnabled(): boolean {
  return process.env.QUORUM_TEST_CLOCK === "1";
}

let warned = false;

export async function now(): Promise<Date> {
  if (!testClockEnabled()) return new Date();

  if (!warned) {
    warned = true;
    log.warn("clock.test_clock_enabled", { variable: "QUORUM_TEST_CLOCK" });
  }
  const clock = await db().testClock.findUnique({ where: { id: 1 } });
  return new Date(Date.now() + Number(clock?.offsetMs ?? 0));
}

/** Moves the test clock forward by `ms`; refused unless the test clock is enabled. */
export async function advanceTestClock(ms: number): Promise<Date> {
  if (!testClockEnabled()) throw new Error("the test clock is not enabled (QUORUM_TEST_CLOCK=1)");
  await db().testClock.upsert({
    where: { id: 1 },
    create: { id: 1, offsetMs: BigInt(ms) },
    update: { offsetMs: { increment: BigInt(ms) } },
  });
  return now();
}

// A signed-in member opens a thread: the visit is recorded, and the one before it is returned,
// so that the page can mark what arrived since.
import { db } from "@/lib/db/client";

/**
 * The visit is stamped by the database's clock, the one that stamps every message's
 * `createdAt` (its receivedAt), board reply or import alike: the markers compare the two. The
 * board's clock (lib/clock.ts) is not that clock under QUORUM_TEST_CLOCK, and need not be on
 * another host, so a visit stamped by it could lie after replies stored later and hide them.
 */
export async function recordThreadVisit(userId: string, threadId: number): Promise<Date | null> {
  // One statement, so that two tabs opened at once each get a consistent previous visit.
  const [row] = await db().$queryRaw<{ previous: Date | null }[]>`
    WITH previous AS (
      SELECT "visitedAt" FROM "thread_visit" WHERE "userId" = ${userId} AND "threadId" = ${threadId}
    ), upserted AS (
      INSERT INTO "thread_visit" ("userId", "threadId", "visitedAt")
      VALUES (${userId}, ${threadId}, statement_timestamp())
      ON CONFLICT ("userId", "threadId") DO UPDATE SET "visitedAt" = EXCLUDED."visitedAt"
    )
    SELECT (SELECT "visitedAt" FROM previous) AS previous`;
  return row?.previous ?? null;
}

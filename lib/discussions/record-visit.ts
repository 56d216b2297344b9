// A signed-in member opens a thread: the visit is recorded, and the one before it is returned,
// so that the page can mark what arrived since.
import { db } from "@/lib/db/client";

export async function recordThreadVisit(
  userId: string,
  threadId: number,
  at: Date,
): Promise<Date | null> {
  // One statement, so that two tabs opened at once each get a consistent previous visit.
  const [row] = await db().$queryRaw<{ previous: Date | null }[]>`
    WITH previous AS (
      SELECT "visitedAt" FROM "thread_visit" WHERE "userId" = ${userId} AND "threadId" = ${threadId}
    ), upserted AS (
      INSERT INTO "thread_visit" ("userId", "threadId", "visitedAt") VALUES (${userId}, ${threadId}, ${at})
      ON CONFLICT ("userId", "threadId") DO UPDATE SET "visitedAt" = EXCLUDED."visitedAt"
    )
    SELECT (SELECT "visitedAt" FROM previous) AS previous`;
  return row?.previous ?? null;
}

// An admin locks a thread (no more replies) or unlocks it; the action is recorded. Replies take
// the same row lock, so none slips in after the lock is committed. Open pages hear of it from a
// trigger (migration 20261204050000_discussions), like every other change to a thread.
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";

export async function setThreadLock(
  actor: Actor,
  threadId: number,
  locked: boolean,
  reason: string,
  at: Date,
): Promise<{ id: number; locked: boolean }> {
  await db().$transaction(async (tx) => {
    const [thread] = await tx.$queryRaw<{ lockedAt: Date | null }[]>`
      SELECT "lockedAt" FROM "thread" WHERE "id" = ${threadId} FOR UPDATE`;
    if (!thread) throw notFound(`thread ${threadId}`);
    if (locked !== (thread.lockedAt !== null)) {
      await tx.thread.update({ where: { id: threadId }, data: { lockedAt: locked ? at : null } });
    }
    await tx.moderationEvent.create({
      data: {
        action: locked ? "lock_thread" : "unlock_thread",
        actorId: actor.userId,
        threadId,
        reason,
        at,
      },
    });
  }, TRANSACTION_LIMITS);

  log.info(locked ? "thread.locked" : "thread.unlocked", { threadId, userId: actor.userId });
  return { id: threadId, locked };
}

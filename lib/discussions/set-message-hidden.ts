// An admin hides a message (readers see a placeholder where it was, so the replies keep their
// place in the tree) or shows it again. Either way the action is recorded.
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";

export async function setMessageHidden(
  actor: Actor,
  id: number,
  hidden: boolean,
  reason: string,
  at: Date,
): Promise<{ id: number; threadId: number; hidden: boolean }> {
  const threadId = await db().$transaction(async (tx) => {
    const message = await tx.message.findUnique({
      where: { id },
      select: { threadId: true, hiddenAt: true },
    });
    if (!message) throw notFound(`message ${id}`);
    // Hiding twice keeps the first instant, which is the one readers were told about.
    if (hidden !== (message.hiddenAt !== null)) {
      await tx.message.update({ where: { id }, data: { hiddenAt: hidden ? at : null } });
    }
    await tx.moderationEvent.create({
      data: {
        action: hidden ? "hide_message" : "show_message",
        actorId: actor.userId,
        threadId: message.threadId,
        messageId: id,
        reason,
        at,
      },
    });
    return message.threadId;
  }, TRANSACTION_LIMITS);

  log.info(hidden ? "message.hidden" : "message.shown", {
    messageRowId: id,
    threadId,
    userId: actor.userId,
  });
  return { id, threadId, hidden };
}

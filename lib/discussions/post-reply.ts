// A member replies to a message of a thread. The reply is stored exactly as the mail it would
// have been (own Message-ID, In-Reply-To, References, raw bytes), and the thread's counts move.
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { boardAuthorId } from "@/lib/discussions/board-author";
import type { ReplyInput } from "@/lib/discussions/message-input";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { hasReplyPrefix } from "@/lib/mail/subject";
import { composeMessage } from "@/lib/threads/compose-message";

export interface PostedReply {
  id: number;
  messageId: string;
  threadId: number;
}

export async function postReply(
  actor: Actor,
  threadId: number,
  input: ReplyInput,
  at: Date,
): Promise<PostedReply> {
  const parent = await db().message.findFirst({
    where: { threadId, messageId: input.inReplyTo },
    select: {
      id: true,
      messageId: true,
      subject: true,
      references: true,
      list: { select: { address: true } },
    },
  });
  if (!parent) throw notFound(`message <${input.inReplyTo}> in thread ${threadId}`);

  const subject = hasReplyPrefix(parent.subject) ? parent.subject : `Re: ${parent.subject}`;
  const references = [...parent.references, parent.messageId];

  // Composed before the transaction: it is pure work, and keeps the row lock short.
  const composed = await composeMessage({
    from: { name: actor.name, address: actor.email },
    list: parent.list.address,
    subject,
    body: input.body,
    sentAt: at,
    inReplyTo: parent.messageId,
    references,
  });

  const reply = await db().$transaction(async (tx) => {
    // The row lock orders this reply against a lock by a moderator and other replies' counts.
    const [thread] = await tx.$queryRaw<{ lockedAt: Date | null; listId: number }[]>`
      SELECT "lockedAt", "listId" FROM "thread" WHERE "id" = ${threadId} FOR UPDATE`;
    if (!thread) throw notFound(`thread ${threadId}`);
    if (thread.lockedAt) {
      throw new AppError("closed", "this thread is locked by a moderator and takes no new replies");
    }

    const authorId = await boardAuthorId(tx, actor);
    const created = await tx.message.create({
      data: {
        listId: thread.listId,
        messageId: composed.messageId,
        threadId,
        parentId: parent.id,
        inReplyTo: [parent.messageId],
        references,
        authorId,
        sentAt: composed.sentAt,
        utcOffset: 0,
        subject,
        body: input.body,
        raw: new Uint8Array(composed.raw),
        postedById: actor.userId,
      },
      select: { id: true, messageId: true },
    });
    await tx.$executeRaw`
      UPDATE "thread" SET
        "messageCount" = "messageCount" + 1,
        "lastActivityAt" = GREATEST("lastActivityAt", ${composed.sentAt}),
        "participantCount" = (
          SELECT count(DISTINCT "authorId")::int FROM "message" WHERE "threadId" = ${threadId})
      WHERE "id" = ${threadId}`;
    return created;
  }, TRANSACTION_LIMITS);

  log.info("message.posted", { threadId, messageRowId: reply.id, userId: actor.userId });
  return { ...reply, threadId };
}

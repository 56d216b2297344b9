// An author edits their own board message within EDIT_WINDOW_MS of posting it. The earlier body
// is kept as a MessageRevision, and the raw mail is composed again under the same Message-ID so
// that an export gives the message as it now reads.
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { EDIT_WINDOW_MS } from "@/lib/discussions/limits";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { composeMessage } from "@/lib/threads/compose-message";

export function editableUntil(sentAt: Date): Date {
  return new Date(sentAt.getTime() + EDIT_WINDOW_MS);
}

export async function editMessage(
  actor: Actor,
  id: number,
  body: string,
  at: Date,
): Promise<{ id: number; threadId: number; editedAt: Date }> {
  const message = await db().message.findFirst({
    // Someone else's message matches nothing, so its existence is not revealed.
    where: { id, postedById: actor.userId },
    select: {
      threadId: true,
      messageId: true,
      subject: true,
      sentAt: true,
      inReplyTo: true,
      references: true,
      list: { select: { address: true } },
    },
  });
  if (!message) throw notFound(`your message ${id}`);
  if (at > editableUntil(message.sentAt)) {
    throw new AppError(
      "closed",
      `a message can be edited only within ${EDIT_WINDOW_MS / 60_000} minutes of posting it`,
    );
  }

  const composed = await composeMessage({
    from: { name: actor.name, address: actor.email },
    list: message.list.address,
    subject: message.subject,
    body,
    sentAt: message.sentAt,
    messageId: message.messageId,
    inReplyTo: message.inReplyTo[0],
    references: message.references,
  });

  await db().$transaction(async (tx) => {
    // Locks the row, so that two edits at once each keep the body the other replaced.
    const [current] = await tx.$queryRaw<{ body: string; editedAt: Date | null }[]>`
      SELECT "body", "editedAt" FROM "message" WHERE "id" = ${id} FOR UPDATE`;
    if (!current) throw notFound(`your message ${id}`);
    await tx.messageRevision.create({
      data: {
        messageId: id,
        body: current.body,
        writtenAt: current.editedAt ?? message.sentAt,
        replacedAt: at,
      },
    });
    await tx.message.update({
      where: { id },
      data: { body, editedAt: at, raw: new Uint8Array(composed.raw) },
    });
  }, TRANSACTION_LIMITS);

  log.info("message.edited", {
    messageRowId: id,
    threadId: message.threadId,
    userId: actor.userId,
  });
  return { id, threadId: message.threadId, editedAt: at };
}

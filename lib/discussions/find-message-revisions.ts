// The earlier bodies of a message, newest first, for its "earlier versions" page. A hidden
// message's history is hidden with it, except from its author and moderators.
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/threads/viewer";

export interface MessageHistory {
  id: number;
  threadId: number;
  subject: string;
  authorName: string;
  /** The board user who wrote it; null for imported mail. */
  postedById: string | null;
  sentAt: Date;
  current: { body: string; writtenAt: Date };
  revisions: { id: number; body: string; writtenAt: Date; replacedAt: Date }[];
}

export async function findMessageRevisions(id: number, viewer: Viewer): Promise<MessageHistory> {
  const message = await db().message.findUnique({
    where: { id },
    select: {
      threadId: true,
      subject: true,
      body: true,
      sentAt: true,
      editedAt: true,
      hiddenAt: true,
      postedById: true,
      author: { select: { displayName: true } },
      revisions: { orderBy: { replacedAt: "desc" } },
    },
  });
  const mayRead =
    message &&
    (message.hiddenAt === null || viewer.moderator || viewer.userId === message.postedById);
  if (!message || !mayRead) throw notFound(`message ${id}`);

  return {
    id,
    threadId: message.threadId,
    subject: message.subject,
    authorName: message.author.displayName,
    postedById: message.postedById,
    sentAt: message.sentAt,
    current: { body: message.body, writtenAt: message.editedAt ?? message.sentAt },
    revisions: message.revisions.map(({ id, body, writtenAt, replacedAt }) => ({
      id,
      body,
      writtenAt,
      replacedAt,
    })),
  };
}

import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { fallbackName, redactAddresses } from "@/lib/privacy/redact";
import { inThreadOrder } from "@/lib/threads/thread-order";
import type { Viewer } from "@/lib/threads/viewer";

export interface ThreadMessage {
  id: number;
  messageId: string;
  parentMessageId: string | null;
  depth: number;
  author: { name: string; address: string | null };
  date: Date;
  utcOffset: number | null;
  subject: string;
  text: string;
}

export interface ThreadView {
  id: number;
  subject: string;
  list: { address: string; name: string };
  proposal: { id: number; title: string; status: string } | null;
  participants: { name: string; messages: number }[];
  messages: ThreadMessage[];
}

/** One thread with every message in thread order; throws "not found" for an unknown id. */
export async function getThread(id: number, viewer: Viewer): Promise<ThreadView> {
  const thread = await db().thread.findUnique({
    where: { id },
    include: {
      list: { select: { address: true, name: true } },
      proposal: { select: { id: true, title: true, status: true } },
      messages: {
        select: {
          id: true,
          messageId: true,
          parentId: true,
          sentAt: true,
          utcOffset: true,
          subject: true,
          body: true,
          author: { select: { displayName: true, address: true } },
        },
      },
    },
  });
  if (!thread) throw notFound(`thread ${id}`);

  const messageIdOf = new Map(thread.messages.map((m) => [m.id, m.messageId]));
  const messages = inThreadOrder(thread.messages).map(({ item, depth }): ThreadMessage => {
    const name = item.author.displayName || fallbackName(item.author.address);
    return {
      id: item.id,
      messageId: item.messageId,
      parentMessageId: depth === 0 ? null : (messageIdOf.get(item.parentId as number) ?? null),
      depth,
      author: { name, address: viewer.signedIn ? item.author.address : null },
      date: item.sentAt,
      utcOffset: item.utcOffset,
      subject: item.subject,
      text: viewer.signedIn ? item.body : redactAddresses(item.body),
    };
  });

  const counts = new Map<string, number>();
  for (const message of messages)
    counts.set(message.author.name, (counts.get(message.author.name) ?? 0) + 1);

  return {
    id: thread.id,
    subject: thread.subject,
    list: thread.list,
    proposal: thread.proposal,
    participants: [...counts].map(([name, count]) => ({ name, messages: count })),
    messages,
  };
}

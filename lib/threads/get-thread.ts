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
  /** Empty when the message is hidden from this viewer. */
  text: string;
  /** Board messages are Markdown; imported mail is shown as the text it is. */
  format: "markdown" | "mail";
  /** "placeholder": hidden from this viewer; "marked": hidden, but this viewer may see it. */
  hidden: "no" | "placeholder" | "marked";
  /** Why a moderator hid it (the latest hiding recorded); null while it is shown. */
  hiddenReason: string | null;
  editedAt: Date | null;
  /** When the board stored it: imported mail can arrive long after its date. */
  receivedAt: Date;
  /** True when the viewer wrote it on the board (they may edit it within the window). */
  mine: boolean;
}

export interface ThreadView {
  id: number;
  subject: string;
  list: { address: string; name: string };
  proposal: { id: number; title: string; status: string } | null;
  lockedAt: Date | null;
  /** Why a moderator locked it (the latest lock recorded); null while it is open. */
  lockReason: string | null;
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
          postedById: true,
          editedAt: true,
          hiddenAt: true,
          createdAt: true,
          author: { select: { displayName: true, address: true } },
        },
      },
      // Newest first, so that the first event of each message is the one its state comes from.
      moderationEvents: {
        where: { action: { in: ["hide_message", "lock_thread"] } },
        orderBy: { id: "desc" },
        select: { action: true, messageId: true, reason: true },
      },
    },
  });
  if (!thread) throw notFound(`thread ${id}`);

  const hiddenBecause = new Map<number, string>();
  for (const event of thread.moderationEvents) {
    if (event.action !== "hide_message" || event.messageId === null) continue;
    if (!hiddenBecause.has(event.messageId)) hiddenBecause.set(event.messageId, event.reason);
  }
  const lockEvent = thread.moderationEvents.find((event) => event.action === "lock_thread");
  // A reason is the moderator's own words, which may name someone by address.
  const reasonFor = (reason: string) => (viewer.signedIn ? reason : redactAddresses(reason));

  const messageIdOf = new Map(thread.messages.map((m) => [m.id, m.messageId]));
  const messages = inThreadOrder(thread.messages).map(({ item, depth }): ThreadMessage => {
    const shown = item.author.displayName || fallbackName(item.author.address);
    const name = viewer.signedIn ? shown : redactAddresses(shown);
    const mine = item.postedById !== null && item.postedById === viewer.userId;
    const hidden =
      item.hiddenAt === null ? "no" : mine || viewer.moderator ? "marked" : "placeholder";
    return {
      id: item.id,
      messageId: item.messageId,
      parentMessageId: depth === 0 ? null : (messageIdOf.get(item.parentId as number) ?? null),
      depth,
      author: { name, address: viewer.signedIn ? item.author.address : null },
      date: item.sentAt,
      utcOffset: item.utcOffset,
      subject: viewer.signedIn ? item.subject : redactAddresses(item.subject),
      text:
        hidden === "placeholder" ? "" : viewer.signedIn ? item.body : redactAddresses(item.body),
      format: item.postedById === null ? "mail" : "markdown",
      hidden,
      hiddenReason: item.hiddenAt === null ? null : reasonFor(hiddenBecause.get(item.id) ?? ""),
      editedAt: item.editedAt,
      receivedAt: item.createdAt,
      mine,
    };
  });

  const counts = new Map<string, number>();
  for (const message of messages)
    counts.set(message.author.name, (counts.get(message.author.name) ?? 0) + 1);

  return {
    id: thread.id,
    subject: viewer.signedIn ? thread.subject : redactAddresses(thread.subject),
    list: thread.list,
    proposal: thread.proposal,
    lockedAt: thread.lockedAt,
    lockReason: thread.lockedAt === null ? null : reasonFor(lockEvent?.reason ?? ""),
    participants: [...counts].map(([name, count]) => ({ name, messages: count })),
    messages,
  };
}

import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

/** Where a Message-ID lives: its thread and its anchor there. */
export async function locateMessage(
  messageId: string,
): Promise<{ threadId: number; anchor: string }> {
  const bare = messageId.trim().replace(/^<|>$/g, "");
  const message = await db().message.findFirst({
    where: { messageId: bare },
    orderBy: { id: "asc" },
    select: { id: true, threadId: true },
  });
  if (!message) throw notFound(`message <${bare}>`);
  return { threadId: message.threadId, anchor: messageAnchor(message.id) };
}

/** The fragment that identifies a message on its thread page. */
export function messageAnchor(id: number): string {
  return `m-${id}`;
}

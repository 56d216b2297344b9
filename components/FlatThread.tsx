import { type MessageActions, ThreadMessageCard } from "@/components/ThreadMessageCard";
import type { ThreadMessage } from "@/lib/threads/get-thread";

/** A thread in the order it was written, oldest first; each reply says whom it answers. */
export function FlatThread({
  messages,
  actions,
}: {
  messages: ThreadMessage[];
  actions: MessageActions;
}) {
  const byMessageId = new Map(messages.map((m) => [m.messageId, m]));
  const chronological = [...messages].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.id - b.id,
  );
  return (
    <ol aria-label="Messages, oldest first" className="space-y-3" data-thread-flat>
      {chronological.map((message) => {
        const parent = message.parentMessageId ? byMessageId.get(message.parentMessageId) : null;
        return (
          <li key={message.id} data-message-id={message.messageId}>
            <ThreadMessageCard
              message={message}
              inReplyTo={parent ? { name: parent.author.name, id: parent.id } : undefined}
              actions={actions}
            />
          </li>
        );
      })}
    </ol>
  );
}

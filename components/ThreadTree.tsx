import { type MessageActions, ThreadMessageCard } from "@/components/ThreadMessageCard";
import type { ThreadMessage } from "@/lib/threads/get-thread";

// Past this depth replies stop moving right, so that a long back-and-forth stays readable on
// a phone; deeper replies say whom they answer instead, and the tree structure is still there.
export const MAX_INDENT_DEPTH = 8;

interface TreeNode {
  message: ThreadMessage;
  replies: TreeNode[];
  /** Every message below this one, for the "N replies" of its collapse control. */
  descendants: number;
}

function buildTree(messages: ThreadMessage[]): TreeNode[] {
  // `messages` is in thread order, so every parent is met before its replies.
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const message of messages) {
    const node: TreeNode = { message, replies: [], descendants: 0 };
    nodes.set(message.messageId, node);
    const parent = message.parentMessageId ? nodes.get(message.parentMessageId) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  // Reverse thread order visits every reply before its parent.
  for (let i = messages.length - 1; i >= 0; i--) {
    const node = nodes.get((messages[i] as ThreadMessage).messageId) as TreeNode;
    const parent = node.message.parentMessageId && nodes.get(node.message.parentMessageId);
    if (parent) parent.descendants += node.descendants + 1;
  }
  return roots;
}

/**
 * A thread as a tree: each message above its replies, which fold behind a native <details>
 * control (it works without JavaScript). Nested lists, so assistive technology hears the
 * structure at every depth, also past the last indented one.
 */
export function ThreadTree({
  messages,
  actions,
}: {
  messages: ThreadMessage[];
  actions: MessageActions;
}) {
  const byMessageId = new Map(messages.map((m) => [m.messageId, m]));
  return (
    <ul aria-label="Messages" className="space-y-3" data-thread-tree>
      {buildTree(messages).map((node) => (
        <MessageNode
          key={node.message.id}
          node={node}
          byMessageId={byMessageId}
          actions={actions}
        />
      ))}
    </ul>
  );
}

function MessageNode({
  node,
  byMessageId,
  actions,
}: {
  node: TreeNode;
  byMessageId: Map<string, ThreadMessage>;
  actions: MessageActions;
}) {
  const { message } = node;
  const indent = message.depth > 0 && message.depth <= MAX_INDENT_DEPTH;
  const parent =
    message.depth > MAX_INDENT_DEPTH && message.parentMessageId
      ? byMessageId.get(message.parentMessageId)
      : undefined;
  return (
    <li
      data-message-id={message.messageId}
      data-depth={message.depth}
      className={indent ? "border-l border-slate-200 pl-4 dark:border-slate-800" : undefined}
    >
      <ThreadMessageCard
        message={message}
        inReplyTo={parent && { name: parent.author.name, id: parent.id }}
        actions={actions}
      />
      {node.replies.length > 0 && (
        <details open className="mt-2" data-replies>
          <summary className="cursor-pointer select-none text-xs text-slate-600 dark:text-slate-400">
            {node.descendants} {node.descendants === 1 ? "reply" : "replies"} to{" "}
            {message.author.name}
          </summary>
          <ul className="mt-2 space-y-3">
            {node.replies.map((reply) => (
              <MessageNode
                key={reply.message.id}
                node={reply}
                byMessageId={byMessageId}
                actions={actions}
              />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

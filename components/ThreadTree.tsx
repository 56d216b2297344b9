import { LocalTime } from "@/components/LocalTime";
import { MessageBody } from "@/components/MessageBody";
import type { ThreadMessage } from "@/lib/threads/get-thread";
import { messageAnchor } from "@/lib/threads/locate-message";

// Past this depth replies stop moving right, so that a long back-and-forth stays readable on
// a phone; the tree structure is still there for assistive technology.
export const MAX_INDENT_DEPTH = 8;

interface TreeNode {
  message: ThreadMessage;
  replies: TreeNode[];
}

function buildTree(messages: ThreadMessage[]): TreeNode[] {
  // `messages` is in thread order, so every parent is met before its replies.
  const nodes = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const message of messages) {
    const node: TreeNode = { message, replies: [] };
    nodes.set(message.messageId, node);
    const parent = message.parentMessageId ? nodes.get(message.parentMessageId) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

export function ThreadTree({ messages }: { messages: ThreadMessage[] }) {
  return (
    <ul aria-label="Messages" className="space-y-3" data-thread-tree>
      {buildTree(messages).map((node) => (
        <MessageNode key={node.message.id} node={node} />
      ))}
    </ul>
  );
}

function MessageNode({ node }: { node: TreeNode }) {
  const { message } = node;
  const indent = message.depth > 0 && message.depth <= MAX_INDENT_DEPTH;
  return (
    <li
      data-message-id={message.messageId}
      data-depth={message.depth}
      className={indent ? "border-l border-slate-200 pl-4 dark:border-slate-800" : undefined}
    >
      <article
        id={messageAnchor(message.id)}
        className="scroll-mt-4 rounded-md border border-slate-200 p-3 target:border-blue-500 target:ring-2 target:ring-blue-300 dark:border-slate-800"
      >
        <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
          <span className="font-semibold" data-author>
            {message.author.name}
          </span>
          {message.author.address && (
            <span className="text-slate-500">&lt;{message.author.address}&gt;</span>
          )}
          <span className="text-slate-600 dark:text-slate-400">
            <LocalTime iso={message.date.toISOString()} />
          </span>
          <a
            href={`#${messageAnchor(message.id)}`}
            aria-label={`Permalink to this message from ${message.author.name}`}
            className="text-xs text-slate-500 hover:underline"
          >
            permalink
          </a>
        </header>
        <MessageBody text={message.text} />
      </article>
      {node.replies.length > 0 && (
        <ul className="mt-3 space-y-3">
          {node.replies.map((reply) => (
            <MessageNode key={reply.message.id} node={reply} />
          ))}
        </ul>
      )}
    </li>
  );
}

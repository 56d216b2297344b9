import { hideMessageAction } from "@/app/threads/[id]/actions";
import { LocalTime } from "@/components/LocalTime";
import { MarkdownBody } from "@/components/MarkdownBody";
import { MessageBody } from "@/components/MessageBody";
import { ModerationReason, ReasonField } from "@/components/ModerationReason";
import { editableUntil } from "@/lib/discussions/edit-message";
import type { ThreadMessage } from "@/lib/threads/get-thread";
import { messageAnchor } from "@/lib/threads/locate-message";

/** What the page lets the reader do with each message, decided once for the whole thread. */
export interface MessageActions {
  threadId: number;
  /** Replies are offered unless the thread is locked; the reply page asks to sign in. */
  locked: boolean;
  moderator: boolean;
  /** The page the moderation buttons come back to. */
  returnTo: string;
  /** The instant the page was rendered, to offer "Edit" only within the edit window. */
  at: Date;
  /** The reader's previous visit to the thread: later messages are marked unread. */
  lastVisitAt: Date | null;
}

/**
 * One message: its header, its body (or a placeholder when hidden) and what may be done. Plain
 * <a> rather than next/link: a thread of a thousand messages would otherwise carry thousands of
 * client components (and their prefetching) for links that are rarely followed.
 */
export function ThreadMessageCard({
  message,
  inReplyTo,
  actions,
}: {
  message: ThreadMessage;
  /** Shown when the message is not indented under its parent: who it answers. */
  inReplyTo?: { name: string; id: number };
  actions: MessageActions;
}) {
  const placeholder = message.hidden === "placeholder";
  const unread =
    actions.lastVisitAt !== null && message.receivedAt > actions.lastVisitAt && !message.mine;
  return (
    <article
      id={messageAnchor(message.id)}
      aria-labelledby={`${messageAnchor(message.id)}-author`}
      data-message
      data-unread={unread ? "true" : undefined}
      tabIndex={-1}
      className="scroll-mt-4 rounded-md border border-slate-200 p-3 outline-none focus-visible:ring-2 focus-visible:ring-blue-500 target:border-blue-500 target:ring-2 target:ring-blue-300 dark:border-slate-800"
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm">
        <span className="font-semibold" data-author id={`${messageAnchor(message.id)}-author`}>
          {message.author.name}
        </span>
        {message.author.address && (
          <span className="text-slate-500">&lt;{message.author.address}&gt;</span>
        )}
        <span className="text-slate-600 dark:text-slate-400">
          <LocalTime iso={message.date.toISOString()} />
        </span>
        {unread && (
          <span className="rounded bg-blue-100 px-1.5 text-xs font-medium text-blue-900 dark:bg-blue-900 dark:text-blue-100">
            new since your last visit
          </span>
        )}
        {inReplyTo && (
          <a href={`#${messageAnchor(inReplyTo.id)}`} className="text-xs text-slate-500 underline">
            in reply to {inReplyTo.name}
          </a>
        )}
        {message.editedAt && !placeholder && (
          <a href={`/messages/${message.id}/history`} className="text-xs text-slate-500 underline">
            edited
          </a>
        )}
        <a
          href={`#${messageAnchor(message.id)}`}
          aria-label={`Permalink to this message from ${message.author.name}`}
          className="text-xs text-slate-500 hover:underline"
        >
          permalink
        </a>
      </header>
      {message.hidden === "marked" && (
        <p className="mb-2 text-xs font-medium text-amber-800 dark:text-amber-300" data-hidden-note>
          Hidden by a moderator: only you{message.mine ? "" : ", its author"} and moderators see it.
          <ModerationReason reason={message.hiddenReason} />
        </p>
      )}
      {placeholder ? (
        <p className="text-sm italic text-slate-500" data-hidden-placeholder>
          This message was hidden by a moderator.
          <ModerationReason reason={message.hiddenReason} />
        </p>
      ) : message.format === "markdown" ? (
        <MarkdownBody text={message.text} />
      ) : (
        <MessageBody text={message.text} />
      )}
      <MessageFooter message={message} actions={actions} />
    </article>
  );
}

function MessageFooter({ message, actions }: { message: ThreadMessage; actions: MessageActions }) {
  const mayEdit = message.mine && actions.at < editableUntil(message.date);
  const hidden = message.hidden !== "no";
  return (
    <footer className="mt-2 flex flex-wrap items-center gap-3 text-xs">
      {!actions.locked && (
        <>
          <a
            href={`/threads/${actions.threadId}/reply?to=${message.id}`}
            className="text-blue-700 underline dark:text-blue-400"
            aria-label={`Reply to ${message.author.name}`}
          >
            Reply
          </a>
          {!hidden && (
            <a
              href={`/threads/${actions.threadId}/reply?to=${message.id}&quote=1`}
              className="text-blue-700 underline dark:text-blue-400"
              aria-label={`Reply to ${message.author.name} with a quote`}
            >
              Reply with quote
            </a>
          )}
        </>
      )}
      {mayEdit && (
        <a
          href={`/messages/${message.id}/edit`}
          className="text-blue-700 underline dark:text-blue-400"
        >
          Edit
        </a>
      )}
      {actions.moderator && (
        <form
          action={hideMessageAction.bind(null, message.id, !hidden, actions.returnTo)}
          className="flex flex-wrap items-center gap-2"
        >
          <ReasonField label={hidden ? "Reason for showing" : "Reason for hiding"} />
          <button type="submit" className="text-red-700 underline dark:text-red-400">
            {hidden ? "Show message" : "Hide message"}
          </button>
        </form>
      )}
    </footer>
  );
}

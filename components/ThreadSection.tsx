import Link from "next/link";
import { lockThreadAction } from "@/app/threads/[id]/actions";
import { FlatThread } from "@/components/FlatThread";
import { LiveUpdates } from "@/components/LiveUpdates";
import { ModerationReason, ReasonField } from "@/components/ModerationReason";
import { ThreadKeyboard } from "@/components/ThreadKeyboard";
import type { MessageActions } from "@/components/ThreadMessageCard";
import { ThreadTree } from "@/components/ThreadTree";
import { type Actor, can } from "@/lib/auth/policy";
import type { ThreadView } from "@/lib/threads/get-thread";

export type ThreadLayout = "tree" | "flat";

/** `?view=flat` asks for the chronological view; anything else is the tree. */
export function layoutOf(view: string | string[] | undefined): ThreadLayout {
  return view === "flat" ? "flat" : "tree";
}

/** A thread's participants and its messages, shared by the thread and proposal pages. */
export function ThreadSection({
  thread,
  actor,
  at,
  path,
  layout,
  lastVisitAt = null,
}: {
  thread: ThreadView;
  actor: Actor | null;
  at: Date;
  /** The page's own path, for the view switch and for moderation to come back to. */
  path: string;
  layout: ThreadLayout;
  /** The signed-in reader's previous visit (recordThreadVisit); null marks nothing unread. */
  lastVisitAt?: Date | null;
}) {
  const moderator = can(actor, "moderate");
  const locked = thread.lockedAt !== null;
  const actions: MessageActions = {
    threadId: thread.id,
    locked,
    moderator,
    returnTo: path,
    at,
    lastVisitAt,
  };
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <div className="min-w-0">
        <LiveUpdates threadId={thread.id} />
        <ThreadKeyboard />
        <nav aria-label="Thread view" className="mb-3 flex flex-wrap items-center gap-3 text-sm">
          <ViewLink href={path} current={layout === "tree"}>
            Threaded
          </ViewLink>
          <ViewLink href={`${path}?view=flat`} current={layout === "flat"}>
            Flat, oldest first
          </ViewLink>
        </nav>
        {locked && (
          <p
            role="status"
            className="mb-3 rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
            data-locked
          >
            This thread is locked by a moderator: it takes no new replies.
            <ModerationReason reason={thread.lockReason} />
          </p>
        )}
        {layout === "flat" ? (
          <FlatThread messages={thread.messages} actions={actions} />
        ) : (
          <ThreadTree messages={thread.messages} actions={actions} />
        )}
      </div>
      <aside aria-labelledby="participants-heading" className="text-sm">
        <h2 id="participants-heading" className="mb-2 font-semibold">
          Participants ({thread.participants.length})
        </h2>
        <ul className="space-y-1" data-participants>
          {thread.participants.map((person) => (
            <li key={person.name}>
              {person.name} <span className="text-slate-500">({person.messages})</span>
            </li>
          ))}
        </ul>
        {moderator && (
          <form
            action={lockThreadAction.bind(null, thread.id, !locked, path)}
            className="mt-4 flex flex-col items-start gap-1"
          >
            <ReasonField label={locked ? "Reason for unlocking" : "Reason for locking"} />
            <button type="submit" className="text-sm text-red-700 underline dark:text-red-400">
              {locked ? "Unlock thread" : "Lock thread"}
            </button>
          </form>
        )}
      </aside>
    </div>
  );
}

function ViewLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={current ? "font-semibold" : "text-blue-700 underline dark:text-blue-400"}
    >
      {children}
    </Link>
  );
}

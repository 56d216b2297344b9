import { ThreadTree } from "@/components/ThreadTree";
import type { ThreadView } from "@/lib/threads/get-thread";

/** A thread's participants and its messages, shared by the thread and proposal pages. */
export function ThreadSection({ thread }: { thread: ThreadView }) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <div className="min-w-0">
        <ThreadTree messages={thread.messages} />
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
      </aside>
    </div>
  );
}

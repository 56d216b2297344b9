import Link from "next/link";
import { LocalTime } from "@/components/LocalTime";
import { StatusBadge } from "@/components/StatusBadge";
import { pageSchema } from "@/lib/http/params";
import { findThreads } from "@/lib/threads/find-threads";

export const dynamic = "force-dynamic";

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const parsedPage = pageSchema.safeParse((await searchParams).page);
  const page = parsedPage.success ? parsedPage.data : 1;
  const { threads, pageCount } = await findThreads({ page });

  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Proposals and discussions</h1>
      {threads.length === 0 ? (
        <p className="text-slate-600">
          Nothing here yet. Import a list archive with `npm run import`.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Threads">
          {threads.map((thread) => (
            <li key={thread.id} className="py-3" data-thread-id={thread.id}>
              <div className="flex flex-wrap items-center gap-2">
                {thread.proposal && <StatusBadge status={thread.proposal.status} />}
                <Link
                  href={
                    thread.proposal ? `/proposals/${thread.proposal.id}` : `/threads/${thread.id}`
                  }
                  className="font-medium hover:underline"
                >
                  {thread.proposal?.title ?? thread.subject}
                </Link>
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {thread.messageCount} {thread.messageCount === 1 ? "message" : "messages"} ·{" "}
                {thread.participantCount}{" "}
                {thread.participantCount === 1 ? "participant" : "participants"} · last activity{" "}
                <LocalTime iso={thread.lastActivityAt.toISOString()} /> · {thread.list}
              </p>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 && (
        <nav className="mt-6 flex gap-4 text-sm" aria-label="Pages">
          {page > 1 && <Link href={`/?page=${page - 1}`}>← Newer</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={`/?page=${page + 1}`}>Older →</Link>}
        </nav>
      )}
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { layoutOf, ThreadSection } from "@/components/ThreadSection";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { now } from "@/lib/clock";
import { recordThreadVisit } from "@/lib/discussions/record-visit";
import { feedAlternates, threadFeeds } from "@/lib/feeds/feed-links";
import { getThreadOrNull } from "@/lib/threads/get-thread-or-null";
import { getThreadTitleOrNull } from "@/lib/threads/get-thread-title-or-null";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = await getThreadTitleOrNull((await params).id);
  if (!thread) return { title: "Thread not found" };
  return { title: thread.subject, alternates: feedAlternates(threadFeeds(thread)) };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const actor = await getSessionActorOrNull();
  const thread = await getThreadOrNull((await params).id, viewerOf(actor));
  if (!thread) notFound();
  const { view } = await searchParams;
  const at = await now();

  return (
    <article>
      <header className="mb-6">
        <h1 className="text-2xl font-semibold">{thread.subject}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {thread.messages.length} messages on {thread.list.address}
          {thread.proposal && (
            <>
              {" "}
              · discussion of proposal{" "}
              <Link href={`/proposals/${thread.proposal.id}`} className="underline">
                {thread.proposal.title}
              </Link>
            </>
          )}
        </p>
      </header>
      <ThreadSection
        thread={thread}
        actor={actor}
        at={at}
        lastVisitAt={actor ? await recordThreadVisit(actor.userId, thread.id) : null}
        path={`/threads/${thread.id}`}
        layout={layoutOf(view)}
      />
    </article>
  );
}

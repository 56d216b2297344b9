import { db } from "@/lib/db/client";
import { fallbackName, redactAddresses } from "@/lib/privacy/redact";

/** Threads per page on the front page and in the API. */
export const THREADS_PAGE_SIZE = 50;

export interface ThreadSummary {
  id: number;
  subject: string;
  list: string;
  messageCount: number;
  participantCount: number;
  participants: string[];
  lastActivityAt: Date;
  proposal: { id: number; title: string; status: string } | null;
}

export interface ThreadPage {
  threads: ThreadSummary[];
  page: number;
  pageCount: number;
  total: number;
}

/** Threads by most recent activity, optionally of one list; `page` counts from 1. */
export async function findThreads(options: { list?: string; page: number }): Promise<ThreadPage> {
  const where = options.list ? { list: { address: options.list } } : {};
  const [total, threads] = await Promise.all([
    db().thread.count({ where }),
    db().thread.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * THREADS_PAGE_SIZE,
      take: THREADS_PAGE_SIZE,
      include: {
        list: { select: { address: true } },
        proposal: { select: { id: true, title: true, status: true } },
      },
    }),
  ]);

  const people = await participantNames(threads.map((t) => t.id));
  return {
    threads: threads.map((thread) => ({
      id: thread.id,
      // The list is the same for everyone, so it never shows an address, even in a subject.
      subject: redactAddresses(thread.subject),
      list: thread.list.address,
      messageCount: thread.messageCount,
      participantCount: thread.participantCount,
      participants: people.get(thread.id) ?? [],
      lastActivityAt: thread.lastActivityAt,
      proposal: thread.proposal,
    })),
    page: options.page,
    pageCount: Math.max(1, Math.ceil(total / THREADS_PAGE_SIZE)),
    total,
  };
}

async function participantNames(threadIds: number[]): Promise<Map<number, string[]>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db().$queryRaw<{ threadId: number; displayName: string; address: string }[]>`
    SELECT DISTINCT m."threadId", p."displayName", p.address
      FROM message m JOIN person p ON p.id = m."authorId"
     WHERE m."threadId" = ANY(${threadIds}::int[])`;
  const names = new Map<number, string[]>();
  for (const row of rows) {
    const list = names.get(row.threadId) ?? [];
    list.push(redactAddresses(row.displayName) || fallbackName(row.address));
    names.set(row.threadId, list);
  }
  return names;
}

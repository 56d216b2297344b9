// Re-threads the part of a list a batch touches. Threading is recomputed over the threads that
// hold a message the batch references, that hold a reply waiting for a message of the batch, or
// that share a subject with it, rather than just attaching the new messages: so a parent
// arriving after its replies, or a message linking two threads, gives the same threads as
// importing everything at once.
import type pg from "pg";
import type { IncomingMessage } from "@/lib/archive/store-batch";
import { normalizeSubject } from "@/lib/mail/subject";
import {
  preferredParent,
  type ThreadInput,
  type ThreadPosition,
  threadMessages,
} from "@/lib/mail/threading";

/** Shown for a thread whose first message has no subject at all. */
export const NO_SUBJECT = "(no subject)";

interface StoredRow {
  id: number;
  messageId: string;
  inReplyTo: string[] | null;
  references: string[] | null;
  subject: string;
  sentAt: Date;
  threadId: number;
  parentId: number | null;
  awaitingParent: boolean;
}

/** A message taking part in the re-threading: stored already, or arriving with the batch. */
export interface Member {
  key: string;
  id: number;
  subject: string;
  sentAt: Date;
  stored?: StoredRow;
  incoming?: IncomingMessage;
}

export interface Threading {
  members: Map<string, Member>;
  positions: Map<string, ThreadPosition>;
  /** the thread id of every member, by key */
  threadOf: Map<string, number>;
  /** the threads the affected messages were in before */
  previousThreads: number[];
}

/**
 * Threads the fresh messages together with the affected stored ones and decides every member's
 * thread, creating the threads that are new. `newIds` are the row ids of the fresh messages.
 */
export async function rethread(
  client: pg.PoolClient,
  listId: number,
  fresh: IncomingMessage[],
  newIds: number[],
): Promise<Threading> {
  const stored = await loadAffected(client, listId, fresh);
  const members = new Map<string, Member>();
  for (const row of stored) {
    members.set(row.messageId, {
      key: row.messageId,
      id: row.id,
      subject: row.subject,
      sentAt: row.sentAt,
      stored: row,
    });
  }
  fresh.forEach((message, index) => {
    members.set(message.messageId, {
      key: message.messageId,
      id: newIds[index] as number,
      subject: message.subject,
      sentAt: sentAtOf(message),
      incoming: message,
    });
  });

  const positions = threadMessages([...members.values()].map(threadInput));
  const threadOf = await assignThreads(client, listId, members, positions);
  return {
    members,
    positions,
    threadOf,
    previousThreads: [...new Set(stored.map((row) => row.threadId))],
  };
}

/** Mail with no usable date anywhere sorts first, flagged, rather than taking the import time. */
export function sentAtOf(message: IncomingMessage): Date {
  return message.date ?? new Date(0);
}

/** The row id of a member's parent, or null for a root. */
export function parentIdOf(threading: Threading, key: string): number | null {
  const parentKey = threading.positions.get(key)?.parent;
  return parentKey ? (threading.members.get(parentKey)?.id ?? null) : null;
}

/** Whether a message sits anywhere but under the parent it names first. */
export function isAwaiting(threading: Threading, member: Member): boolean {
  const wanted = preferredParent(threadInput(member));
  return wanted !== null && threading.positions.get(member.key)?.parent !== wanted;
}

/** Moves the stored messages whose thread, parent or waiting state changed. */
export async function updateMoved(client: pg.PoolClient, threading: Threading): Promise<void> {
  const ids: number[] = [];
  const threads: number[] = [];
  const parents: (number | null)[] = [];
  const awaiting: boolean[] = [];
  for (const member of threading.members.values()) {
    const stored = member.stored;
    if (!stored) continue;
    const thread = threading.threadOf.get(member.key) as number;
    const parent = parentIdOf(threading, member.key);
    const waits = isAwaiting(threading, member);
    const unchanged =
      thread === stored.threadId && parent === stored.parentId && waits === stored.awaitingParent;
    if (unchanged) continue;
    ids.push(member.id);
    threads.push(thread);
    parents.push(parent);
    awaiting.push(waits);
  }
  if (ids.length === 0) return;

  await client.query(
    `UPDATE message m SET "threadId" = v.tid, "parentId" = v.pid, "awaitingParent" = v.awaiting
       FROM unnest($1::int[], $2::int[], $3::int[], $4::bool[]) AS v(id, tid, pid, awaiting)
      WHERE m.id = v.id`,
    [ids, threads, parents, awaiting],
  );
}

/** Deletes the threads that lost all their messages to a merge (unless a proposal owns one). */
export async function deleteEmptiedThreads(
  client: pg.PoolClient,
  threading: Threading,
): Promise<void> {
  const kept = [...new Set(threading.threadOf.values())];
  await client.query(
    `DELETE FROM thread t WHERE t.id = ANY($1::int[]) AND NOT (t.id = ANY($2::int[]))
       AND NOT EXISTS (SELECT 1 FROM message m WHERE m."threadId" = t.id)
       AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p."threadId" = t.id)`,
    [threading.previousThreads, kept],
  );
}

/** Names each touched thread after its root and recounts its messages and people. */
export async function refreshThreadStats(
  client: pg.PoolClient,
  threading: Threading,
): Promise<void> {
  const ids: number[] = [];
  const subjects: string[] = [];
  for (const member of threading.members.values()) {
    if (threading.positions.get(member.key)?.parent) continue;
    ids.push(threading.threadOf.get(member.key) as number);
    subjects.push(normalizeSubject(member.subject) || NO_SUBJECT);
  }

  await client.query(
    `UPDATE thread t
        SET subject = v.subject, "messageCount" = s.messages, "participantCount" = s.people,
            "startedAt" = s.first, "lastActivityAt" = s.last
       FROM unnest($1::int[], $2::text[]) AS v(id, subject),
            LATERAL (SELECT count(*)::int AS messages, count(DISTINCT "authorId")::int AS people,
                            min("sentAt") AS first, max("sentAt") AS last
                       FROM message WHERE "threadId" = v.id) s
      WHERE t.id = v.id`,
    [ids, subjects],
  );
}

function threadInput(member: Member): ThreadInput {
  return {
    key: member.key,
    inReplyTo: member.incoming?.inReplyTo ?? member.stored?.inReplyTo ?? [],
    references: member.incoming?.references ?? member.stored?.references ?? [],
    subject: member.subject,
    date: member.sentAt,
  };
}

async function loadAffected(
  client: pg.PoolClient,
  listId: number,
  fresh: IncomingMessage[],
): Promise<StoredRow[]> {
  const ids = fresh.map((message) => message.messageId);
  const referenced = [
    ...new Set(fresh.flatMap((message) => [...message.inReplyTo, ...message.references])),
  ];
  const subjects = [
    ...new Set(fresh.map((message) => normalizeSubject(message.subject)).filter(Boolean)),
  ];

  const { rows } = await client.query<StoredRow>(
    // Each lookup has an index of its own: the ids the batch names, the replies that were
    // waiting for a message of the batch, and the threads it may join by subject.
    `WITH seed AS (
       SELECT "threadId" FROM message WHERE "listId" = $1 AND "messageId" = ANY($2::text[])
       UNION
       SELECT "threadId" FROM message
        WHERE "listId" = $1 AND "awaitingParent"
          AND ("inReplyTo" && $3::text[] OR "references" && $3::text[])
       UNION
       SELECT id FROM thread WHERE subject = ANY($4::text[]) AND "listId" = $1
     )
     SELECT id, "messageId", "inReplyTo", "references", subject, "sentAt", "threadId", "parentId",
            "awaitingParent"
       FROM message WHERE "threadId" IN (SELECT "threadId" FROM seed)`,
    [listId, referenced, ids, subjects],
  );
  return rows;
}

/** Picks a thread id for every member: existing ids are kept wherever a thread survives. */
async function assignThreads(
  client: pg.PoolClient,
  listId: number,
  members: Map<string, Member>,
  positions: Map<string, ThreadPosition>,
): Promise<Map<string, number>> {
  const rootOf = (member: Member) => positions.get(member.key)?.root ?? member.key;
  const components = new Map<string, Member[]>();
  for (const member of members.values()) {
    const list = components.get(rootOf(member)) ?? [];
    list.push(member);
    components.set(rootOf(member), list);
  }

  const previousThreadIds = [
    ...new Set([...members.values()].flatMap((m) => (m.stored ? [m.stored.threadId] : []))),
  ];
  const { rows } = await client.query<{ threadId: number }>(
    `SELECT "threadId" FROM proposal WHERE "threadId" = ANY($1::int[])`,
    [previousThreadIds],
  );
  const ownedByProposal = new Set(rows.map((row) => row.threadId));

  const claimed = new Set<number>();
  const threadOfRoot = new Map<string, number>();
  const needNew: Member[][] = [];

  for (const [root, list] of components) {
    // A proposal's discussion keeps its id; so does the thread the root already led.
    const candidates = [...new Set(list.flatMap((m) => (m.stored ? [m.stored.threadId] : [])))]
      .filter((id) => !claimed.has(id))
      .sort((a, b) => a - b);
    const rootThread = members.get(root)?.stored?.threadId;
    const chosen =
      candidates.find((id) => ownedByProposal.has(id)) ??
      (rootThread !== undefined && candidates.includes(rootThread) ? rootThread : candidates[0]);

    if (chosen === undefined) {
      needNew.push(list);
      continue;
    }
    claimed.add(chosen);
    threadOfRoot.set(root, chosen);
  }

  const newThreadIds = await allocateIds(client, "thread", needNew.length);
  if (needNew.length > 0) {
    const starts = needNew.map((list) =>
      new Date(
        list.reduce((first, m) => Math.min(first, m.sentAt.getTime()), Infinity),
      ).toISOString(),
    );
    await client.query(
      `INSERT INTO thread (id, "listId", subject, "startedAt", "lastActivityAt")
       SELECT id, $1, '', start, start FROM unnest($2::int[], $3::timestamptz[]) AS v(id, start)`,
      [listId, newThreadIds, starts],
    );
    needNew.forEach((list, index) => {
      for (const member of list) threadOfRoot.set(rootOf(member), newThreadIds[index] as number);
    });
  }

  const threadOf = new Map<string, number>();
  for (const member of members.values()) {
    threadOf.set(member.key, threadOfRoot.get(rootOf(member)) as number);
  }
  return threadOf;
}

/** Takes `count` ids from a table's sequence, so that rows can refer to each other on insert. */
export async function allocateIds(
  client: pg.PoolClient,
  table: string,
  count: number,
): Promise<number[]> {
  if (count === 0) return [];
  // The sequence is looked up once: pg_get_serial_sequence in the row list would read the
  // catalog for every id.
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(s.sequence)::int AS id
       FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS sequence OFFSET 0) s,
            generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((row) => row.id);
}

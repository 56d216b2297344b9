// Stores one batch of parsed messages and re-threads every thread the batch touches, in one
// transaction: a batch is either wholly in the archive, threaded, or not there at all.
//
// Threading is recomputed over the affected part of the list (the threads that hold a message
// the batch references or that references the batch, and the threads sharing a subject with
// it) rather than just attaching new messages, so that a parent arriving after its replies, or
// a message linking two threads, gives the same threads as importing everything at once.
import type pg from "pg";
import type { ParsedMessage } from "@/lib/mail/parse";
import { normalizeSubject } from "@/lib/mail/subject";
import { preferredParent, type ThreadInput, threadMessages } from "@/lib/mail/threading";

export interface IncomingMessage extends ParsedMessage {
  messageId: string;
  raw: Buffer;
}

export interface StoredBatch {
  inserted: number;
  duplicates: number;
  threadsTouched: number;
}

/** Shown for a thread whose first message has no subject at all. */
export const NO_SUBJECT = "(no subject)";

// Used for mail with no usable From header, so that every message still has an author row.
const UNKNOWN_SENDER = "unknown@quorum.invalid";

interface ExistingRow {
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

interface Member {
  key: string;
  id: number;
  subject: string;
  sentAt: Date;
  existing?: ExistingRow;
  incoming?: IncomingMessage;
}

export async function storeBatch(
  pool: pg.Pool,
  listId: number,
  batch: IncomingMessage[],
): Promise<StoredBatch> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // One writer per list at a time: threading reads the list, then writes what it decided.
    await client.query("SELECT pg_advisory_xact_lock(7270, $1)", [listId]);
    // These are many small indexed lookups; compiling them with JIT costs more than running them.
    await client.query("SET LOCAL jit = off");
    const result = await storeInTransaction(client, listId, batch);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

async function storeInTransaction(
  client: pg.PoolClient,
  listId: number,
  batch: IncomingMessage[],
): Promise<StoredBatch> {
  const fresh = await dropDuplicates(client, listId, batch);
  const duplicates = batch.length - fresh.length;
  if (fresh.length === 0) return { inserted: 0, duplicates, threadsTouched: 0 };

  const authorIds = await upsertPeople(client, fresh);
  const existing = await loadAffected(client, listId, fresh);
  const newIds = await allocateIds(client, "message", fresh.length);

  const members = new Map<string, Member>();
  for (const row of existing) {
    members.set(row.messageId, {
      key: row.messageId,
      id: row.id,
      subject: row.subject,
      sentAt: row.sentAt,
      existing: row,
    });
  }
  fresh.forEach((message, i) => {
    members.set(message.messageId, {
      key: message.messageId,
      id: newIds[i] as number,
      subject: message.subject,
      sentAt: sentAtOf(message),
      incoming: message,
    });
  });

  const inputs: ThreadInput[] = [...members.values()].map((member) => ({
    key: member.key,
    inReplyTo: member.incoming?.inReplyTo ?? member.existing?.inReplyTo ?? [],
    references: member.incoming?.references ?? member.existing?.references ?? [],
    subject: member.subject,
    date: member.sentAt,
  }));
  const threading = threadMessages(inputs);

  const threadOf = await assignThreads(client, listId, members, threading);

  await insertMessages(client, listId, fresh, members, threading, threadOf, authorIds);
  await updateMoved(client, members, threading, threadOf);

  const touched = [...new Set(threadOf.values())];
  const oldThreads = [...new Set(existing.map((row) => row.threadId))];
  await client.query(
    `DELETE FROM thread t WHERE t.id = ANY($1::int[]) AND NOT (t.id = ANY($2::int[]))
       AND NOT EXISTS (SELECT 1 FROM message m WHERE m."threadId" = t.id)
       AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p."threadId" = t.id)`,
    [oldThreads, touched],
  );
  await refreshThreadStats(client, members, threading, threadOf);

  return { inserted: fresh.length, duplicates, threadsTouched: touched.length };
}

async function dropDuplicates(
  client: pg.PoolClient,
  listId: number,
  batch: IncomingMessage[],
): Promise<IncomingMessage[]> {
  const { rows } = await client.query<{ messageId: string }>(
    `SELECT "messageId" FROM message WHERE "listId" = $1 AND "messageId" = ANY($2::text[])`,
    [listId, batch.map((message) => message.messageId)],
  );
  const seen = new Set(rows.map((row) => row.messageId));
  const fresh: IncomingMessage[] = [];
  for (const message of batch) {
    if (seen.has(message.messageId)) continue;
    seen.add(message.messageId);
    fresh.push(message);
  }
  return fresh;
}

function addressOf(message: IncomingMessage): string {
  return message.from.address?.trim().toLowerCase() || UNKNOWN_SENDER;
}

async function upsertPeople(
  client: pg.PoolClient,
  messages: IncomingMessage[],
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const message of messages) {
    const address = addressOf(message);
    const name = message.from.name?.trim() ?? "";
    if (!names.has(address) || names.get(address) === "") names.set(address, name);
  }

  // A person keeps the first name seen for them; a later import only fills in a missing one.
  const { rows } = await client.query<{ id: number; address: string }>(
    `INSERT INTO person (address, "displayName")
     SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (address) DO UPDATE SET "displayName" =
       CASE WHEN person."displayName" = '' THEN EXCLUDED."displayName" ELSE person."displayName" END
     RETURNING id, address`,
    [[...names.keys()], [...names.values()]],
  );
  return new Map(rows.map((row) => [row.address, row.id]));
}

async function loadAffected(
  client: pg.PoolClient,
  listId: number,
  fresh: IncomingMessage[],
): Promise<ExistingRow[]> {
  const ids = fresh.map((message) => message.messageId);
  const referenced = [
    ...new Set(fresh.flatMap((message) => [...message.inReplyTo, ...message.references])),
  ];
  const subjects = [
    ...new Set(fresh.map((message) => normalizeSubject(message.subject)).filter(Boolean)),
  ];

  const { rows } = await client.query<ExistingRow>(
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

async function allocateIds(client: pg.PoolClient, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await client.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence($1, 'id'))::int AS id FROM generate_series(1, $2)`,
    [table, count],
  );
  return rows.map((row) => row.id);
}

/** Picks a thread id for every message: existing ids are kept wherever a thread survives. */
async function assignThreads(
  client: pg.PoolClient,
  listId: number,
  members: Map<string, Member>,
  threading: ReturnType<typeof threadMessages>,
): Promise<Map<string, number>> {
  const components = new Map<string, Member[]>();
  for (const member of members.values()) {
    const root = threading.get(member.key)?.root ?? member.key;
    const list = components.get(root) ?? [];
    list.push(member);
    components.set(root, list);
  }

  const oldThreadIds = [
    ...new Set([...members.values()].flatMap((m) => (m.existing ? [m.existing.threadId] : []))),
  ];
  const { rows } = await client.query<{ threadId: number }>(
    `SELECT "threadId" FROM proposal WHERE "threadId" = ANY($1::int[])`,
    [oldThreadIds],
  );
  const ownedByProposal = new Set(rows.map((row) => row.threadId));

  const claimed = new Set<number>();
  const threadOfRoot = new Map<string, number>();
  const needNew: { root: string; members: Member[] }[] = [];

  for (const [root, list] of components) {
    // A proposal's discussion keeps its id; so does the thread the root already led.
    const candidates = [...new Set(list.flatMap((m) => (m.existing ? [m.existing.threadId] : [])))]
      .filter((id) => !claimed.has(id))
      .sort((a, b) => a - b);
    const rootThread = members.get(root)?.existing?.threadId;
    const chosen =
      candidates.find((id) => ownedByProposal.has(id)) ??
      (rootThread !== undefined && candidates.includes(rootThread) ? rootThread : candidates[0]);

    if (chosen === undefined) {
      needNew.push({ root, members: list });
      continue;
    }
    claimed.add(chosen);
    threadOfRoot.set(root, chosen);
  }

  const newThreadIds = await allocateIds(client, "thread", needNew.length);
  if (needNew.length > 0) {
    const starts = needNew.map(({ members: list }) =>
      new Date(
        list.reduce((first, m) => Math.min(first, m.sentAt.getTime()), Infinity),
      ).toISOString(),
    );
    await client.query(
      `INSERT INTO thread (id, "listId", subject, "startedAt", "lastActivityAt")
       SELECT id, $1, '', start, start FROM unnest($2::int[], $3::timestamptz[]) AS v(id, start)`,
      [listId, newThreadIds, starts],
    );
    for (const [i, { root }] of needNew.entries())
      threadOfRoot.set(root, newThreadIds[i] as number);
  }

  const threadOf = new Map<string, number>();
  for (const member of members.values()) {
    const root = threading.get(member.key)?.root ?? member.key;
    threadOf.set(member.key, threadOfRoot.get(root) as number);
  }
  return threadOf;
}

/** Whether a message sits anywhere but under the parent it names first. */
function isAwaiting(member: Member, threading: ReturnType<typeof threadMessages>): boolean {
  const wanted = preferredParent({
    inReplyTo: member.incoming?.inReplyTo ?? member.existing?.inReplyTo ?? [],
    references: member.incoming?.references ?? member.existing?.references ?? [],
  });
  return wanted !== null && threading.get(member.key)?.parent !== wanted;
}

function parentIdOf(
  key: string,
  members: Map<string, Member>,
  threading: ReturnType<typeof threadMessages>,
): number | null {
  const parentKey = threading.get(key)?.parent;
  return parentKey ? (members.get(parentKey)?.id ?? null) : null;
}

async function insertMessages(
  client: pg.PoolClient,
  listId: number,
  fresh: IncomingMessage[],
  members: Map<string, Member>,
  threading: ReturnType<typeof threadMessages>,
  threadOf: Map<string, number>,
  authorIds: Map<string, number>,
): Promise<void> {
  const column = <T>(pick: (message: IncomingMessage) => T) => fresh.map(pick);
  // unnest cannot take a ragged text[][], so each message's id lists travel as one array
  // literal ('{"a@x","b@y"}') and are cast back row by row.
  await client.query(
    `INSERT INTO message (id, "listId", "messageId", "threadId", "parentId", "inReplyTo",
       "references", "authorId", "sentAt", "utcOffset", "dateSource", subject, body, raw,
       "awaitingParent", flags)
     SELECT v.id, $1, v.mid, v.tid, v.pid,
            v.irt::text[], v.refs::text[],
            v.aid, v.sent, v.off, v.src, v.subj, v.body, v.raw, v.awaiting, v.flags::text[]
       FROM unnest($2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::int[],
                   $9::timestamptz[], $10::int[], $11::text[], $12::text[], $13::text[], $14::bytea[],
                   $15::bool[], $16::text[])
         AS v(id, mid, tid, pid, irt, refs, aid, sent, off, src, subj, body, raw, awaiting, flags)`,
    [
      listId,
      column((m) => members.get(m.messageId)?.id),
      column((m) => m.messageId),
      column((m) => threadOf.get(m.messageId)),
      column((m) => parentIdOf(m.messageId, members, threading)),
      column((m) => arrayLiteral(m.inReplyTo)),
      column((m) => arrayLiteral(m.references)),
      column((m) => authorIds.get(addressOf(m))),
      column((m) => sentAtOf(m).toISOString()),
      column((m) => m.utcOffsetMinutes),
      column((m) => m.dateSource),
      column((m) => stripNul(m.subject)),
      column((m) => stripNul(m.text)),
      column((m) => m.raw),
      column((m) => isAwaiting(members.get(m.messageId) as Member, threading)),
      column((m) => arrayLiteral(flagsOf(m))),
    ],
  );
}

async function updateMoved(
  client: pg.PoolClient,
  members: Map<string, Member>,
  threading: ReturnType<typeof threadMessages>,
  threadOf: Map<string, number>,
): Promise<void> {
  const ids: number[] = [];
  const threads: number[] = [];
  const parents: (number | null)[] = [];
  const awaiting: boolean[] = [];
  for (const member of members.values()) {
    const existing = member.existing;
    if (!existing) continue;
    const thread = threadOf.get(member.key) as number;
    const parent = parentIdOf(member.key, members, threading);
    const waits = isAwaiting(member, threading);
    if (
      thread === existing.threadId &&
      parent === existing.parentId &&
      waits === existing.awaitingParent
    ) {
      continue;
    }
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

async function refreshThreadStats(
  client: pg.PoolClient,
  members: Map<string, Member>,
  threading: ReturnType<typeof threadMessages>,
  threadOf: Map<string, number>,
): Promise<void> {
  // Each thread is named after its root, the one member without a parent.
  const ids: number[] = [];
  const subjects: string[] = [];
  for (const member of members.values()) {
    if (threading.get(member.key)?.parent) continue;
    ids.push(threadOf.get(member.key) as number);
    subjects.push(stripNul(normalizeSubject(member.subject)) || NO_SUBJECT);
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

function sentAtOf(message: IncomingMessage): Date {
  // Mail with no usable date anywhere sorts first rather than taking the import time, which
  // would make the archive's order depend on when it was imported.
  return message.date ?? new Date(0);
}

function flagsOf(message: IncomingMessage): string[] {
  const flags: string[] = [];
  if (message.dateSource !== "date") flags.push(`date-from-${message.dateSource}`);
  return flags;
}

/** A PostgreSQL text[] literal: every element quoted, with quotes and backslashes escaped. */
function arrayLiteral(items: string[]): string {
  return `{${items.map((item) => `"${stripNul(item).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
}

function stripNul(text: string): string {
  // PostgreSQL text cannot hold NUL; broken mail does contain it.
  return text.includes("\u0000") ? text.replaceAll("\u0000", "\uFFFD") : text;
}

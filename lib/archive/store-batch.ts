// Stores one batch of parsed messages and re-threads what it touches, in one transaction: a
// batch is either wholly in the archive, threaded, and counted in its import record, or not
// there at all. That is what makes an import that was killed safe to run again. Its search
// index rows are the caller's to write, once it has committed (search-index.ts).
import type pg from "pg";
import { copyMessages } from "@/lib/archive/copy-messages";
import { flagStoredDuplicates, sortOutDuplicates } from "@/lib/archive/deduplicate";
import {
  allocateIds,
  deleteEmptiedThreads,
  refreshThreadStats,
  rethread,
  updateMoved,
} from "@/lib/archive/rethread";
import { SKIP_SEARCH_TRIGGER } from "@/lib/archive/search-index";
import { UNKNOWN_SENDER } from "@/lib/archive/unknown-sender";
import type { ParsedMessage } from "@/lib/mail/parse";

export interface IncomingMessage extends Omit<ParsedMessage, "messageId" | "flags"> {
  /** the Message-ID, or one derived from the content when the message has none */
  messageId: string;
  raw: Buffer;
  /** the parser's flags and the importer's own */
  flags: string[];
}

export interface StoredBatch {
  inserted: number;
  /** ids of the messages inserted, for the search index (search-index.ts) */
  insertedIds: number[];
  duplicates: number;
  threadsTouched: number;
}

/** How far the import that sends a batch has read, recorded with the batch's commit. */
export interface BatchProgress {
  importId: number;
  messagesRead: number;
  errors: number;
}

// One writer per list at a time: threading reads the list, then writes what it decided.
const LIST_LOCK_NAMESPACE = 7270;

export async function storeBatch(
  pool: pg.Pool,
  listId: number,
  batch: IncomingMessage[],
  progress?: BatchProgress,
): Promise<StoredBatch> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1, $2)", [LIST_LOCK_NAMESPACE, listId]);
    // These are many small indexed lookups; compiling them with JIT costs more than running them.
    await client.query("SET LOCAL jit = off");
    await client.query(SKIP_SEARCH_TRIGGER);
    const result = await storeInTransaction(client, listId, batch);
    if (progress) await recordProgress(client, progress, result);
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
  const { fresh, duplicates, flagStored } = await sortOutDuplicates(client, listId, batch);
  if (fresh.length === 0) return { inserted: 0, insertedIds: [], duplicates, threadsTouched: 0 };

  const authorIds = await upsertPeople(client, fresh);
  const newIds = await allocateIds(client, "message", fresh.length);
  const threading = await rethread(client, listId, fresh, newIds);

  await copyMessages(client, listId, fresh, threading, (message) => {
    return authorIds.get(addressOf(message)) as number;
  });
  await updateMoved(client, threading);
  await flagStoredDuplicates(client, listId, flagStored);
  await deleteEmptiedThreads(client, threading);
  await refreshThreadStats(client, threading);

  const threadsTouched = new Set(threading.threadOf.values()).size;
  return { inserted: fresh.length, insertedIds: newIds, duplicates, threadsTouched };
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

async function recordProgress(
  client: pg.PoolClient,
  progress: BatchProgress,
  stored: StoredBatch,
): Promise<void> {
  await client.query(
    `UPDATE mbox_import
        SET "messagesRead" = $2, "messagesStored" = "messagesStored" + $3,
            "duplicatesSkipped" = "duplicatesSkipped" + $4, errors = $5
      WHERE id = $1`,
    [progress.importId, progress.messagesRead, stored.inserted, stored.duplicates, progress.errors],
  );
}

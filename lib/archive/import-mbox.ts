// The import use-case: an mbox file into a list's archive, in batches that each commit whole.
import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import type pg from "pg";
import { refreshStatisticsIfStale } from "@/lib/archive/statistics";
import { type IncomingMessage, storeBatch } from "@/lib/archive/store-batch";
import { log } from "@/lib/log";
import { NotAnMboxError, readMbox } from "@/lib/mail/mbox";
import { parseMessage } from "@/lib/mail/parse";

// Large enough that per-transaction costs vanish, small enough that a batch of ordinary list
// mail stays well under the memory target (about 2,000 messages is a few MB).
export const IMPORT_BATCH_SIZE = 2_000;

export interface ImportError {
  /** 1-based position of the message in the file. */
  index: number;
  /** Line of its "From " envelope line. */
  line: number;
  reason: string;
}

export interface ImportSummary {
  list: string;
  messagesStored: number;
  duplicatesSkipped: number;
  threadsTouched: number;
  threadsInList: number;
  errors: ImportError[];
}

export interface ImportOptions {
  listAddress: string;
  /** Called after each batch with the number of messages read so far. */
  onProgress?: (messagesRead: number) => void;
}

export async function importMbox(
  pool: pg.Pool,
  input: Readable | string,
  options: ImportOptions,
): Promise<ImportSummary> {
  // The list is created with the first batch, so that a file refused as no mbox leaves nothing.
  let listId: number | undefined;
  const summary: ImportSummary = {
    list: options.listAddress,
    messagesStored: 0,
    duplicatesSkipped: 0,
    threadsTouched: 0,
    threadsInList: 0,
    errors: [],
  };

  let batch: IncomingMessage[] = [];
  let read = 0;
  // One batch is written while the next is parsed, so that PostgreSQL (indexing, threading) and
  // the parser each keep a core busy; batches still commit one after another, in file order.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const toStore = batch;
    batch = [];
    await writing;
    writing = (async () => {
      listId ??= await ensureList(pool, options.listAddress);
      const stored = await storeBatch(pool, listId, toStore);
      summary.messagesStored += stored.inserted;
      summary.duplicatesSkipped += stored.duplicates;
      summary.threadsTouched += stored.threadsTouched;
      await refreshStatisticsIfStale(pool);
      options.onProgress?.(read);
    })();
    // Awaited before the next batch or at the end; until then a failure must not count as
    // unhandled.
    writing.catch(() => {});
  };

  for await (const entry of readMbox(input)) {
    read += 1;
    try {
      const parsed = await parseMessage(entry.raw, { envelope: entry.envelope });
      batch.push({
        ...parsed,
        messageId: parsed.messageId ?? derivedMessageId(entry.raw),
        raw: entry.raw,
      });
    } catch (error) {
      const reason = (error as Error).message;
      summary.errors.push({ index: entry.index, line: entry.line, reason });
      log.warn("import.message_refused", { index: entry.index, line: entry.line });
    }
    if (batch.length >= IMPORT_BATCH_SIZE) await flush();
  }
  await flush();
  await writing;
  if (read === 0) throw new NotAnMboxError("not an mbox file: it holds no message");
  listId ??= await ensureList(pool, options.listAddress);

  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM thread WHERE "listId" = $1`,
    [listId],
  );
  summary.threadsInList = Number(rows[0]?.count ?? 0);
  log.info("import.finished", {
    listId,
    stored: summary.messagesStored,
    duplicates: summary.duplicatesSkipped,
    errors: summary.errors.length,
  });
  return summary;
}

/**
 * A message without a Message-ID gets one derived from its bytes: importing the same file
 * again finds the same id, and two different messages never share one.
 */
export function derivedMessageId(raw: Buffer): string {
  return `sha256-${createHash("sha256").update(raw).digest("hex").slice(0, 40)}@quorum.invalid`;
}

async function ensureList(pool: pg.Pool, address: string): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO mailing_list (address, name) VALUES ($1, $2)
     ON CONFLICT (address) DO UPDATE SET address = EXCLUDED.address
     RETURNING id`,
    [address, address.split("@")[0] ?? address],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`could not create list ${address}`);
  return id;
}

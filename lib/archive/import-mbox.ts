// The import use-case: an mbox file into a list's archive, in batches that each commit whole.
//
// Three things happen at once: Node splits and parses the mbox, PostgreSQL stores the batch
// before, and on a second connection indexes the words of the one before that
// (search-index.ts). At most one batch is being stored, so batches commit in the order of the
// file. Parsing stays on this thread: most list mail takes the direct path of plain-message.ts,
// a few microseconds a message, and handing messages to a worker thread and back cost more CPU
// than it saved (the benchmark ran at 3,300 messages/s with one, 3,700 without).
import type { Readable } from "node:stream";
import type pg from "pg";
import { finishImportRecord, startImportRecord } from "@/lib/archive/import-record";
import { type ParseOutcome, parseEntry } from "@/lib/archive/incoming";
import { SearchIndexer } from "@/lib/archive/search-index";
import { analyzeSearchAfterImport, StatisticsRefresher } from "@/lib/archive/statistics";
import { type IncomingMessage, storeBatch } from "@/lib/archive/store-batch";
import { log } from "@/lib/log";
import {
  type MboxEntry,
  type MboxFormat,
  type MboxStats,
  type MboxVariant,
  mboxVariant,
  NotAnMboxError,
  readMbox,
} from "@/lib/mail/mbox";

// Large enough that per-transaction costs vanish (a batch costs a dozen round trips), small
// enough that the batch being stored, the one being gathered and the chunks being parsed stay
// well inside the memory target of 300 MB for any archive: 1,000 messages of list mail are
// about 1.5 MB raw and a few MB once parsed and encoded for COPY.
export const IMPORT_BATCH_SIZE = 1_000;
// A batch also ends at this many bytes of raw mail, so that a run of messages with large
// attachments cannot hold hundreds of megabytes in memory (one batch is being stored while the
// next is gathered and a few chunks are being parsed).
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

export { DERIVED_ID_FLAG, derivedMessageId } from "@/lib/archive/incoming";

export interface ImportError {
  /** 1-based position of the message in the file. */
  index: number;
  /** Line of its "From " envelope line. */
  line: number;
  reason: string;
}

export interface ImportSummary {
  list: string;
  /** how the file escaped "From " lines (see MboxVariant) */
  variant: MboxVariant;
  messagesRead: number;
  messagesStored: number;
  duplicatesSkipped: number;
  threadsTouched: number;
  threadsInList: number;
  errors: ImportError[];
}

export interface ImportOptions {
  listAddress: string;
  /** What the import record names as its source: the file name, say. */
  source?: string;
  /** How the file escapes "From " lines, when the operator knows; mboxrd decoding otherwise. */
  format?: MboxFormat;
  /** Messages per transaction; smaller only for tests and tuning. */
  batchSize?: number;
  /** Called after each batch with the number of messages read so far. */
  onProgress?: (messagesRead: number) => void;
}

interface Batch {
  messages: IncomingMessage[];
  /** messages read from the file up to the end of this batch */
  read: number;
  /** parse errors up to the end of this batch */
  errors: number;
}

/**
 * Imports an mbox into a list. Throws NotAnMboxError before storing anything (not even the list)
 * when the input is not an mbox or holds no message.
 */
export async function importMbox(
  pool: pg.Pool,
  input: Readable | string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const stats: MboxStats = { quotedFromLines: 0, deeperQuotedFromLines: 0 };
  const entries = readMbox(input, { format: options.format, stats });
  // Reading the first message proves the input is an mbox before the database is touched, so
  // that a refused file leaves nothing behind, not even the list.
  const first = await entries.next();
  if (first.done) throw new NotAnMboxError("not an mbox file: it holds no message");

  const { id: listId, created } = await ensureList(pool, options.listAddress);
  const importId = await startImportRecord(pool, listId, options.source ?? sourceName(input));
  const summary: ImportSummary = {
    list: options.listAddress,
    variant: "unknown",
    messagesRead: 0,
    messagesStored: 0,
    duplicatesSkipped: 0,
    threadsTouched: 0,
    threadsInList: 0,
    errors: [],
  };

  const statistics = new StatisticsRefresher(pool);
  const search = new SearchIndexer(pool);
  await search.catchUp(listId);
  const store = async (batch: Batch) => {
    const stored = await storeBatch(pool, listId, batch.messages, {
      importId,
      messagesRead: batch.read,
      errors: batch.errors,
    });
    summary.messagesStored += stored.inserted;
    summary.duplicatesSkipped += stored.duplicates;
    summary.threadsTouched += stored.threadsTouched;
    search.add(stored.insertedIds);
    await statistics.afterBatch(stored.inserted);
    options.onProgress?.(batch.read);
  };

  let inFlight: Promise<void> = Promise.resolve();
  try {
    try {
      const parsed = parseAll(withFirst(first.value, entries));
      for await (const batch of batches(parsed, options.batchSize ?? IMPORT_BATCH_SIZE, summary)) {
        await inFlight;
        inFlight = store(batch);
        // Observed by the next `await inFlight`; this only keeps Node from calling it unhandled.
        inFlight.catch(() => {});
      }
      await inFlight;
    } finally {
      await inFlight.catch(() => {});
      // Awaited even when storing failed, so that the batches that did commit are searchable.
      await search.settled();
    }
  } catch (error) {
    // A run that stored nothing in a list it created leaves no empty list behind.
    if (created && summary.messagesStored === 0) await discardEmptyList(pool, listId, importId);
    throw error;
  }
  search.throwIfFailed();
  await analyzeSearchAfterImport(pool, summary.messagesStored);

  summary.variant = mboxVariant(stats, options.format);
  summary.threadsInList = await finishImportRecord(pool, importId, listId, summary);
  log.info("import.finished", {
    listId,
    importId,
    stored: summary.messagesStored,
    duplicates: summary.duplicatesSkipped,
    errors: summary.errors.length,
    variant: summary.variant,
  });
  return summary;
}

interface Parsed {
  entry: MboxEntry;
  outcome: ParseOutcome;
}

async function* parseAll(entries: AsyncIterable<MboxEntry>): AsyncGenerator<Parsed> {
  for await (const entry of entries) {
    yield { entry, outcome: await parseEntry(entry.raw, entry.envelope) };
  }
}

/** Groups parsed messages into batches; messages that cannot be parsed go to the summary. */
async function* batches(
  parsed: AsyncIterable<Parsed>,
  size: number,
  summary: ImportSummary,
): AsyncGenerator<Batch> {
  let messages: IncomingMessage[] = [];
  let bytes = 0;
  for await (const { entry, outcome } of parsed) {
    summary.messagesRead += 1;
    const message = incoming(entry, outcome, summary);
    if (message) {
      messages.push(message);
      bytes += message.raw.length;
    }
    if (messages.length >= size || bytes >= MAX_BATCH_BYTES) {
      yield { messages, read: summary.messagesRead, errors: summary.errors.length };
      messages = [];
      bytes = 0;
    }
  }
  if (messages.length > 0) {
    yield { messages, read: summary.messagesRead, errors: summary.errors.length };
  }
}

function incoming(
  entry: MboxEntry,
  outcome: Parsed["outcome"],
  summary: ImportSummary,
): IncomingMessage | null {
  if (outcome.ok) return { ...outcome.message, raw: entry.raw };
  summary.errors.push({ index: entry.index, line: entry.line, reason: outcome.reason });
  log.warn("import.message_refused", { index: entry.index, line: entry.line });
  return null;
}

async function* withFirst(
  first: MboxEntry,
  rest: AsyncIterator<MboxEntry>,
): AsyncGenerator<MboxEntry> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function sourceName(input: Readable | string): string {
  return typeof input === "string" ? input : "stream";
}

async function ensureList(
  pool: pg.Pool,
  address: string,
): Promise<{ id: number; created: boolean }> {
  // xmax is 0 on a row this statement inserted, and set on one it found and updated.
  const { rows } = await pool.query<{ id: number; created: boolean }>(
    `INSERT INTO mailing_list (address, name) VALUES ($1, $2)
     ON CONFLICT (address) DO UPDATE SET address = EXCLUDED.address
     RETURNING id, (xmax = 0) AS created`,
    [address, address.split("@")[0] ?? address],
  );
  const list = rows[0];
  if (list === undefined) throw new Error(`could not create list ${address}`);
  return list;
}

/** Removes the list a failed run created, with its import record, unless it holds anything. */
async function discardEmptyList(pool: pg.Pool, listId: number, importId: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("DELETE FROM mbox_import WHERE id = $1", [importId]);
    await client.query(
      `DELETE FROM mailing_list l WHERE l.id = $1
          AND NOT EXISTS (SELECT 1 FROM thread t WHERE t."listId" = l.id)
          AND NOT EXISTS (SELECT 1 FROM mbox_import i WHERE i."listId" = l.id)`,
      [listId],
    );
    await client.query("COMMIT");
  } catch {
    // The import's own failure is what the caller needs to hear about; this one is logged.
    await client.query("ROLLBACK").catch(() => {});
    log.warn("import.empty_list_kept", { listId, importId });
  } finally {
    client.release();
  }
}

// The import's share of full-text search: message_search rows for the messages it stored. A
// trigger writes them for every other writer; the importer's batches skip it (SKIP_SEARCH_TRIGGER)
// and index each committed batch here instead, on a connection of its own, while the next batch
// is being stored, so that PostgreSQL computes words and stores rows on two cores at once.
import type pg from "pg";

/** Run inside a batch's transaction: its inserts leave message_search to this module. */
export const SKIP_SEARCH_TRIGGER = "SET LOCAL quorum.search_indexed_by = 'importer'";

const SEARCH_ROW = `m.id, message_search_vector(m.subject, m.body), m."sentAt", m."hiddenAt" IS NOT NULL`;

const INDEX_MESSAGES = `INSERT INTO message_search ("messageId", vector, "sentAt", hidden)
  SELECT ${SEARCH_ROW} FROM message m WHERE m.id = ANY($1::int[])
  ON CONFLICT ("messageId") DO NOTHING`;

// What an import killed between a batch's commit and its indexing left behind.
const INDEX_MISSING = `INSERT INTO message_search ("messageId", vector, "sentAt", hidden)
  SELECT ${SEARCH_ROW} FROM message m
  WHERE m."listId" = $1
    AND NOT EXISTS (SELECT 1 FROM message_search s WHERE s."messageId" = m.id)
  ON CONFLICT ("messageId") DO NOTHING`;

export class SearchIndexer {
  readonly #pool: pg.Pool;
  #indexed: Promise<void> = Promise.resolve();
  #failure: Error | null = null;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Indexes the list's messages that an interrupted import stored but did not index. */
  async catchUp(listId: number): Promise<void> {
    await this.#pool.query(INDEX_MISSING, [listId]);
  }

  /** Queues the messages of a committed batch; batches are indexed one at a time, in order. */
  add(messageIds: number[]): void {
    if (messageIds.length === 0) return;
    this.#indexed = this.#indexed.then(async () => {
      if (this.#failure) return;
      try {
        await this.#pool.query(INDEX_MESSAGES, [messageIds]);
      } catch (error) {
        this.#failure = error as Error;
      }
    });
  }

  /** Waits for every queued batch to be indexed or to fail. */
  async settled(): Promise<void> {
    await this.#indexed;
  }

  /** Throws what the first batch that failed threw; the next import fills the gap. */
  throwIfFailed(): void {
    if (this.#failure) throw this.#failure;
  }
}

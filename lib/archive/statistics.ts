import type pg from "pg";

// An import grows the message table faster than autovacuum re-analyses it, and on stale
// statistics PostgreSQL plans the next batch's lookups as if the table were empty: a full scan
// per batch instead of index lookups. Re-analyse once the rows changed since the last ANALYZE
// exceed this share of the table.
const STALE_SHARE = 0.2;

// The statistics views lag behind (a backend reports its counts about once a second), so right
// after an ANALYZE they may still look stale. Checking only after this many stored messages
// keeps a run of small batches from analysing again and again.
const MIN_CHANGES_BETWEEN_CHECKS = 1_000;

// Only the columns the import's own lookups filter on: sampling the bodies and raw mail as well
// would read them back from TOAST for statistics nothing plans with.
const ANALYZE_FOR_IMPORT = `ANALYZE message ("listId", "messageId", "threadId", "awaitingParent",
  "inReplyTo", "references"), thread, person`;

/** Keeps the planner's statistics fresh during one import. */
export class StatisticsRefresher {
  readonly #pool: pg.Pool;
  #changedSinceCheck = 0;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /** Called after each batch with the number of messages it stored. */
  async afterBatch(stored: number): Promise<void> {
    this.#changedSinceCheck += stored;
    if (this.#changedSinceCheck < MIN_CHANGES_BETWEEN_CHECKS) return;
    this.#changedSinceCheck = 0;

    if (await isStale(this.#pool, "message", MIN_CHANGES_BETWEEN_CHECKS)) {
      await this.#pool.query(ANALYZE_FOR_IMPORT);
    }
  }
}

/**
 * Fresh statistics for message_search once an import has grown it. Without them PostgreSQL
 * guesses how many messages a word is in, and for a word no message has it reads every row
 * newest first (message_search_sentAt_messageId_idx) instead of asking the GIN index. Judged by
 * the table's size at its last ANALYZE rather than by the statistics views, which lag behind
 * the connection that has just written the rows.
 */
export async function analyzeSearchAfterImport(pool: pg.Pool, stored: number): Promise<void> {
  if (stored === 0) return;
  const { rows } = await pool.query<{ analysed: number }>(
    "SELECT reltuples AS analysed FROM pg_class WHERE oid = 'message_search'::regclass",
  );
  const analysed = rows[0]?.analysed ?? -1;
  if (analysed < 0 || stored > analysed * STALE_SHARE) await pool.query("ANALYZE message_search");
}

async function isStale(pool: pg.Pool, table: string, minChanges: number): Promise<boolean> {
  const { rows } = await pool.query<{ stale: boolean }>(
    `SELECT n_mod_since_analyze > greatest($2::int, n_live_tup * $1::float8) AS stale
       FROM pg_stat_user_tables WHERE relname = $3`,
    [STALE_SHARE, minChanges, table],
  );
  return rows[0]?.stale ?? false;
}

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

// Only the columns the import's own lookups filter on. A plain ANALYZE of message also gathers
// statistics for the full-text index's expression, which means computing the search vector of
// every sampled message again: two seconds per 10,000 messages, more than storing them took.
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

    const { rows } = await this.#pool.query<{ stale: boolean }>(
      `SELECT n_mod_since_analyze > greatest($2::int, n_live_tup * $1::float8) AS stale
         FROM pg_stat_user_tables WHERE relname = 'message'`,
      [STALE_SHARE, MIN_CHANGES_BETWEEN_CHECKS],
    );
    if (rows[0]?.stale) await this.#pool.query(ANALYZE_FOR_IMPORT);
  }
}

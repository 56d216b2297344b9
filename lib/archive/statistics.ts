import type pg from "pg";

// An import grows the message table faster than autovacuum re-analyses it, and on stale
// statistics PostgreSQL plans the next batch's lookups as if the table were empty: a full scan
// per batch instead of index lookups. Re-analyse once the rows changed since the last ANALYZE
// exceed this share of the table.
const STALE_SHARE = 0.2;

export async function refreshStatisticsIfStale(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ stale: boolean }>(
    `SELECT n_mod_since_analyze > greatest(1000, n_live_tup * $1::float8) AS stale
       FROM pg_stat_user_tables WHERE relname = 'message'`,
    [STALE_SHARE],
  );
  if (rows[0]?.stale) await pool.query("ANALYZE message, thread, person");
}

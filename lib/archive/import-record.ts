// The mbox_import row of one run: created when the input has proved to be an mbox, advanced by
// each batch's transaction (store-batch.ts), finished at the end. A run that was stopped keeps
// finishedAt null, and its counts say exactly what it had committed.
import type pg from "pg";
import type { ImportSummary } from "@/lib/archive/import-mbox";

export async function startImportRecord(
  pool: pg.Pool,
  listId: number,
  source: string,
): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO mbox_import ("listId", source) VALUES ($1, $2) RETURNING id`,
    [listId, source],
  );
  return rows[0]?.id as number;
}

/** Records the run's variant and final counts; returns the number of threads in the list. */
export async function finishImportRecord(
  pool: pg.Pool,
  importId: number,
  listId: number,
  summary: ImportSummary,
): Promise<number> {
  await pool.query(
    `UPDATE mbox_import SET variant = $2, "messagesRead" = $3, errors = $4, "finishedAt" = now()
      WHERE id = $1`,
    [importId, summary.variant, summary.messagesRead, summary.errors.length],
  );
  const { rows } = await pool.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM thread WHERE "listId" = $1`,
    [listId],
  );
  return rows[0]?.count ?? 0;
}

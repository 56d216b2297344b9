// Where the database is: DATABASE_URL when set, otherwise the embedded server (started here if
// no other process of this project is running it). Pending migrations are applied either way.
import pg from "pg";
import { acquireEmbeddedPostgres, EMBEDDED_DATABASE } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { databaseUrlFromEnv } from "@/lib/env";
import { log } from "@/lib/log";

export async function prepareDatabase(
  options: { embeddedDatabase?: string; exitOnSignal?: boolean } = {},
): Promise<string> {
  const url =
    databaseUrlFromEnv() ??
    (await acquireEmbeddedPostgres(options.embeddedDatabase ?? EMBEDDED_DATABASE, options));
  await applyMigrations(url);
  return url;
}

/**
 * The pool a script imports, seeds or benchmarks with: two connections, one storing a batch
 * while the other writes the search index of the batch before (lib/archive/search-index.ts).
 * An idle connection that the server ends (a restart, a dropped database) is logged instead of
 * crashing the script, as node-postgres asks of every pool.
 */
export function createScriptPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", (error: Error & { code?: string }) => {
    log.warn("db.idle_connection_lost", { code: error.code });
  });
  return pool;
}

// Where the database is: DATABASE_URL when set, otherwise the embedded server (started here if
// no other process of this project is running it). Pending migrations are applied either way.
import { acquireEmbeddedPostgres, EMBEDDED_DATABASE } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { databaseUrlFromEnv } from "@/lib/env";

export async function prepareDatabase(
  options: { embeddedDatabase?: string; exitOnSignal?: boolean } = {},
): Promise<string> {
  const url =
    databaseUrlFromEnv() ??
    (await acquireEmbeddedPostgres(options.embeddedDatabase ?? EMBEDDED_DATABASE, options));
  await applyMigrations(url);
  return url;
}

// A fresh, migrated database for one test run, on the PostgreSQL that DATABASE_URL names or on
// the embedded server. Each run gets its own database, so tests never touch the data of the
// board a developer is running, and two runs never see each other's rows.
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { acquireEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { databaseUrlFromEnv } from "@/lib/env";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export async function createTestDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const configured = databaseUrlFromEnv();

  if (!configured) {
    const url = await acquireEmbeddedPostgres(name, { exitOnSignal: false });
    await applyMigrations(url);
    return { url, drop: () => dropDatabase(url, name) };
  }

  const server = new URL(configured);
  // The tests create and drop databases: never let them loose on a shared server.
  if (!LOCAL_HOSTS.has(server.hostname) && process.env.QUORUM_TEST_ALLOW_REMOTE !== "1") {
    throw new Error(
      `refusing to run tests against ${server.hostname}: DATABASE_URL must point at this machine`,
    );
  }
  const admin = new pg.Client({ connectionString: configured });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();

  const url = new URL(configured);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return { url: url.toString(), drop: () => dropDatabase(configured, name) };
}

async function dropDatabase(anyUrl: string, name: string): Promise<void> {
  const url = new URL(anyUrl);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

/** Where the e2e server leaves its database's URL for the specs that move the test clock. */
export function e2eDatabaseFile(port: string): string {
  return path.join(os.tmpdir(), `quorum-e2e-${port}.url`);
}

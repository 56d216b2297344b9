// Vitest global setup: one fresh database for the whole run, handed to the tests through
// DATABASE_URL and dropped at the end. Pure unit tests simply never connect.
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { createTestDatabase } from "@/lib/testing/test-database";

export default async function setup() {
  const database = await createTestDatabase("quorum_test");
  process.env.DATABASE_URL = database.url;

  return async () => {
    await database.drop();
    releaseEmbeddedPostgres();
  };
}

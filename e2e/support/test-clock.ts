// Moves the e2e board's clock (QUORUM_TEST_CLOCK) by writing its offset in the board's database.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const port = process.env.E2E_PORT ?? "3100";

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = readFileSync(path.join(os.tmpdir(), `quorum-e2e-${port}.url`), "utf8");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function advanceClock(ms: number): Promise<void> {
  await withDatabase((client) =>
    client.query(
      `INSERT INTO test_clock (id, "offsetMs") VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET "offsetMs" = test_clock."offsetMs" + EXCLUDED."offsetMs"`,
      [ms],
    ),
  );
}

export async function resetClock(): Promise<void> {
  await withDatabase((client) => client.query(`DELETE FROM test_clock`));
}

// A process that holds a lease on the embedded PostgreSQL of the folder it runs in, for
// lib/db/embedded.test.ts: prints "url <url>", then answers "query" and "release" on stdin.
import pg from "pg";
import { acquireEmbeddedPostgres, releaseEmbeddedPostgres } from "../db/embedded";

const url = await acquireEmbeddedPostgres("quorum", { exitOnSignal: true });
console.log(`url ${url}`);

process.stdin.setEncoding("utf8");
process.stdin.on("data", async (word: string) => {
  if (word.trim() === "release") {
    releaseEmbeddedPostgres();
    console.log("released");
    process.exit(0);
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ one: number }>("SELECT 1 AS one");
    console.log(`answer ${rows[0]?.one}`);
  } catch {
    console.log("answer none");
  } finally {
    await client.end().catch(() => {});
  }
});

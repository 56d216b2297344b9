import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMbox } from "@/lib/archive/import-mbox";
import { FEDORA_MBOX } from "@/lib/testing/shared-fixtures";

// Killing an import at any moment and running it again must leave exactly what one
// uninterrupted import leaves. The import runs as the operator runs it, `scripts/import.ts` in a
// process of its own, and is killed with SIGKILL (no cleanup of any kind) while it works.

const ARCHIVE = fileURLToPath(FEDORA_MBOX);
// Small batches, so that a kill lands between commits as well as inside them.
const BATCH_SIZE = 20;
const POLL_MS = 5;

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(async () => {
  await pool.end();
});

function runImport(list: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/import.ts",
      ARCHIVE,
      "--list",
      list,
      "--batch-size",
      String(BATCH_SIZE),
      "--json",
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: "error" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

async function storedSoFar(list: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM message m JOIN mailing_list l ON l.id = m."listId"
      WHERE l.address = $1`,
    [list],
  );
  return rows[0]?.n ?? 0;
}

/** Starts an import and kills it once `threshold` messages are committed. */
async function importKilledAfter(list: string, threshold: number): Promise<void> {
  const child = runImport(list);
  const exited = once(child, "exit");
  while (child.exitCode === null && (await storedSoFar(list)) < threshold) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  child.kill("SIGKILL");
  await exited;
}

async function importToTheEnd(list: string): Promise<number | null> {
  const child = runImport(list);
  const [code] = await once(child, "exit");
  return code as number | null;
}

/** Everything a reader or an export can see of a list, without row ids. */
async function canonicalDump(list: string): Promise<string[]> {
  const { rows } = await pool.query(
    `SELECT m."messageId", p."messageId" AS parent, r."messageId" AS root, m.subject,
            md5(m.body) AS body, md5(m.raw) AS raw, m."sentAt", m."utcOffset", m."dateSource",
            m.flags, m.attachments, encode(m."contentHash", 'hex') AS hash, m."awaitingParent",
            m."inReplyTo", m."references", a.address, a."displayName",
            t.subject AS thread, t."messageCount", t."participantCount", t."startedAt",
            t."lastActivityAt", s.vector::text AS words
       FROM message m
       LEFT JOIN message_search s ON s."messageId" = m.id
       JOIN mailing_list l ON l.id = m."listId"
       JOIN thread t ON t.id = m."threadId"
       JOIN person a ON a.id = m."authorId"
       JOIN message r ON r."threadId" = m."threadId" AND r."parentId" IS NULL
       LEFT JOIN message p ON p.id = m."parentId"
      WHERE l.address = $1`,
    [list],
  );
  return rows.map((row) => JSON.stringify(row)).sort();
}

async function threadCount(list: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM thread t JOIN mailing_list l ON l.id = t."listId"
      WHERE l.address = $1`,
    [list],
  );
  return rows[0]?.n ?? 0;
}

describe("an import killed with SIGKILL and run again", () => {
  it("leaves exactly the state of one uninterrupted import", { timeout: 120_000 }, async () => {
    const reference = "uninterrupted@lists.example.org";
    await importMbox(pool, ARCHIVE, { listAddress: reference });

    const list = "interrupted@lists.example.org";
    await importKilledAfter(list, BATCH_SIZE);
    const afterFirstKill = await storedSoFar(list);
    await importKilledAfter(list, afterFirstKill + 5 * BATCH_SIZE);
    const afterSecondKill = await storedSoFar(list);
    expect(afterSecondKill).toBeGreaterThan(0);
    expect(afterSecondKill).toBeLessThan(292);

    expect(await importToTheEnd(list)).toBe(0);
    expect(await canonicalDump(list)).toEqual(await canonicalDump(reference));
    expect(await threadCount(list)).toBe(await threadCount(reference));

    const { rows: runs } = await pool.query(
      `SELECT "finishedAt" IS NOT NULL AS finished FROM mbox_import i
         JOIN mailing_list l ON l.id = i."listId" WHERE l.address = $1 ORDER BY i.id`,
      [list],
    );
    expect(runs.map((run) => run.finished)).toEqual([false, false, true]);
  });
});

// npm run bench:pages — loads the synthetic archive (about 10,000 messages in 1,500 threads, one
// of 1,000) into a fresh database, starts the production server on it and measures with
// autocannon: the median time of the 1,000-message thread page, an 8-message thread page, the
// list page and a search, and requests per second on the 8-message page with 32 connections.
// Thread pages are measured as readers who are not signed in get them (from the page cache, see
// proxy.ts) and as rendered.
// Needs a production build (`npm run build`); builds one when there is none.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { importMbox } from "@/lib/archive/import-mbox";
import { createScriptPool } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { nextBin } from "@/lib/next-bin";
import { BENCH_ARCHIVE, writeSyntheticArchive } from "@/lib/testing/synthetic-archive";
import { createTestDatabase } from "@/lib/testing/test-database";
import { waitForServer } from "@/lib/testing/wait-for-server";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
/** Words the synthetic archive uses, so that the search has real work to do. */
const SEARCH_QUERY = "keyring rebuild";
/** A word no message has: the search must ask the GIN index, not read every message. */
const RARE_QUERY = "zyzzyva";
/** Requests per latency figure: enough for a stable median, few enough for the long page. */
const LATENCY_REQUESTS = { long: 20, short: 200 } as const;
const THROUGHPUT_SECONDS = 10;
const THROUGHPUT_CONNECTIONS = 32;

async function run(url: string, options: Partial<autocannon.Options>): Promise<autocannon.Result> {
  const result = await autocannon({ url: `${BASE}${url}`, ...options });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return result;
}

// Thread pages for readers who are not signed in come from proxy.ts's cache while the thread is
// unchanged; this header, which the cache uses for its own renders, measures the rendering.
const RENDERED = { headers: { "x-quorum-render": "1" } };

async function medianMs(
  url: string,
  requests: number,
  options: Partial<autocannon.Options> = {},
): Promise<number> {
  await run(url, { connections: 1, amount: 3, ...options });
  return (await run(url, { connections: 1, amount: requests, ...options })).latency.p50;
}

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit" });
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  const file = path.join(dir, "bench.mbox");
  await writeSyntheticArchive(file, BENCH_ARCHIVE);

  const database = await createTestDatabase("quorum_bench_pages");
  const pool = createScriptPool(database.url);
  const server = { child: null as ReturnType<typeof spawn> | null };
  try {
    await importMbox(pool, file, { listAddress: BENCH_ARCHIVE.list });
    const { rows: longest } = await pool.query<{ id: number; messageCount: number }>(
      `SELECT "id", "messageCount" FROM "thread" ORDER BY "messageCount" DESC LIMIT 1`,
    );
    const { rows: eight } = await pool.query<{ id: number }>(
      `SELECT "id" FROM "thread" WHERE "messageCount" = 8 ORDER BY "id" LIMIT 1`,
    );
    const { rows: totals } = await pool.query<{ messages: number; threads: number }>(
      `SELECT (SELECT count(*)::int FROM "message") AS messages,
              (SELECT count(*)::int FROM "thread") AS threads`,
    );

    server.child = spawn(process.execPath, [nextBin(), "start", "--port", String(PORT)], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NODE_ENV: "production",
        QUORUM_JOBS: "off",
        // A production server insists on these; this throwaway board needs no real ones.
        AUTH_SECRET: randomUUID() + randomUUID(),
        AUTH_URL: `http://localhost:${PORT}`,
      },
    });
    await waitForServer(`${BASE}/api/lists`);

    const longUrl = `/threads/${longest[0]?.id}`;
    const shortUrl = `/threads/${eight[0]?.id}`;
    const searchUrl = `/search?q=${encodeURIComponent(SEARCH_QUERY)}`;
    console.log(
      `archive:                       ${totals[0]?.messages} messages in ${totals[0]?.threads} threads`,
    );
    const long = `${longest[0]?.messageCount}-message thread`;
    console.log(
      `${long}, median:    ${(await medianMs(longUrl, LATENCY_REQUESTS.long)).toFixed(0)} ms (rendered: ${(await medianMs(longUrl, LATENCY_REQUESTS.long, RENDERED)).toFixed(0)} ms)`,
    );
    console.log(
      `8-message thread, median:      ${(await medianMs(shortUrl, LATENCY_REQUESTS.short)).toFixed(1)} ms (rendered: ${(await medianMs(shortUrl, LATENCY_REQUESTS.short, RENDERED)).toFixed(1)} ms)`,
    );
    console.log(
      `list page (/), median:         ${(await medianMs("/", LATENCY_REQUESTS.short)).toFixed(1)} ms`,
    );
    console.log(
      `search "${SEARCH_QUERY}", median: ${(await medianMs(searchUrl, LATENCY_REQUESTS.short)).toFixed(1)} ms`,
    );
    console.log(
      `search "${RARE_QUERY}" (no match), median: ${(await medianMs(`/search?q=${RARE_QUERY}`, LATENCY_REQUESTS.short)).toFixed(1)} ms`,
    );
    const throughput = async (options: Partial<autocannon.Options>) =>
      Math.round(
        (
          await run(shortUrl, {
            connections: THROUGHPUT_CONNECTIONS,
            duration: THROUGHPUT_SECONDS,
            ...options,
          })
        ).requests.average,
      );
    console.log(
      `8-message thread, ${THROUGHPUT_CONNECTIONS} connections: ${await throughput({})} requests/s (rendered: ${await throughput(RENDERED)} requests/s)`,
    );
  } finally {
    if (server.child && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await once(server.child, "exit");
    }
    await pool.end();
    await database.drop().catch(() => {});
    releaseEmbeddedPostgres();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`benchmark failed: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

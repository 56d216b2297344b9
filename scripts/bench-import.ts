// npm run bench:import [-- --size <MB>] [-- --without-search-index] — imports a synthetic
// archive into a fresh database and prints messages per second and peak memory. By default the
// archive has 10,000 messages in 1,500 threads (one of 1,000 messages); --size makes one of about
// that many megabytes with the same shape per message, to show that memory stays flat however
// large the archive is. --without-search-index drops the full-text index first, to show what
// keeping it costs.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { importMbox } from "@/lib/archive/import-mbox";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import {
  archiveOfSize,
  BENCH_ARCHIVE,
  writeSyntheticArchive,
} from "@/lib/testing/synthetic-archive";
import { createTestDatabase } from "@/lib/testing/test-database";

const MEGABYTE = 1_048_576;
// How often the resident set is sampled; the operating system's own peak is printed beside it.
const RSS_SAMPLE_MS = 50;

const argsSchema = z.object({
  size: z.coerce
    .number({ error: "--size must be a number of megabytes" })
    .positive("--size must be more than 0")
    .optional(),
  "without-search-index": z.boolean(),
});

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  const { values } = parseArgs({
    options: {
      size: { type: "string" },
      "without-search-index": { type: "boolean", default: false },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  const shape = parsed.data.size === undefined ? BENCH_ARCHIVE : archiveOfSize(parsed.data.size);

  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  const file = path.join(dir, "bench.mbox");
  const database = await createTestDatabase("quorum_bench");
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  if (parsed.data["without-search-index"]) await pool.query("DROP INDEX message_search_idx");
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);

  try {
    const count = await writeSyntheticArchive(file, shape);
    const megabytes = statSync(file).size / MEGABYTE;
    peakRss = process.memoryUsage().rss;

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const summary = await importMbox(pool, file, { listAddress: shape.list });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);

    console.log(`archive:          ${count} messages, ${megabytes.toFixed(1)} MB`);
    console.log(
      `stored:           ${summary.messagesStored} messages in ${summary.threadsInList} threads`,
    );
    console.log(`errors:           ${summary.errors.length}`);
    console.log(`time:             ${seconds.toFixed(2)} s`);
    console.log(`messages/second:  ${Math.round(summary.messagesStored / seconds)}`);
    console.log(`import CPU (node): ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
    console.log(`peak RSS:         ${Math.round(peakRss / MEGABYTE)} MB sampled during the import`);
    console.log(
      `max RSS (OS):     ${Math.round((process.resourceUsage().maxRSS * 1024) / MEGABYTE)} MB for the whole run`,
    );
  } finally {
    clearInterval(sampler);
    await pool.end();
    await database.drop();
    releaseEmbeddedPostgres();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`benchmark failed: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

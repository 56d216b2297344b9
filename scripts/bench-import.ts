// npm run bench:import — imports a synthetic archive of about 10,000 messages in 1,500 threads
// (one of 1,000 messages) into a fresh database and prints messages per second and peak memory.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { importMbox } from "@/lib/archive/import-mbox";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { BENCH_ARCHIVE, writeSyntheticArchive } from "@/lib/testing/synthetic-archive";
import { createTestDatabase } from "@/lib/testing/test-database";

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  const file = path.join(dir, "bench.mbox");
  const count = await writeSyntheticArchive(file, BENCH_ARCHIVE);
  const megabytes = statSync(file).size / 1_048_576;

  const database = await createTestDatabase("quorum_bench");
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);

  try {
    const started = performance.now();
    const summary = await importMbox(pool, file, { listAddress: BENCH_ARCHIVE.list });
    const seconds = (performance.now() - started) / 1000;

    console.log(`archive:          ${count} messages, ${megabytes.toFixed(1)} MB`);
    console.log(
      `stored:           ${summary.messagesStored} messages in ${summary.threadsInList} threads`,
    );
    console.log(`errors:           ${summary.errors.length}`);
    console.log(`time:             ${seconds.toFixed(2)} s`);
    console.log(`messages/second:  ${Math.round(summary.messagesStored / seconds)}`);
    console.log(`peak RSS:         ${Math.round(peakRss / 1_048_576)} MB`);
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

// npm run bench:import [-- --size <MB>] — imports a synthetic archive into a fresh database and
// prints messages per second, CPU time and peak memory. By default the archive has 10,000
// messages in 1,500 threads (one of 1,000 messages); --size makes one of about that many
// megabytes with the same shape per message, to show that memory stays flat however large the
// archive is. The search index is kept as in every import.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { importMbox } from "@/lib/archive/import-mbox";
import { createScriptPool } from "@/lib/db/connection";
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
// Linux reports process CPU time in clock ticks of 1/100 s (sysconf(_SC_CLK_TCK) on every
// architecture Node runs on).
const CLOCK_TICKS_PER_SECOND = 100;

const argsSchema = z.object({
  size: z.coerce
    .number({ error: "--size must be a number of megabytes" })
    .positive("--size must be more than 0")
    .optional(),
});

async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= "warn";
  const { values } = parseArgs({
    options: {
      size: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  const shape = parsed.data.size === undefined ? BENCH_ARCHIVE : archiveOfSize(parsed.data.size);

  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-bench-"));
  const file = path.join(dir, "bench.mbox");
  const database = await createTestDatabase("quorum_bench");
  const pool = createScriptPool(database.url);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, RSS_SAMPLE_MS);

  try {
    const count = await writeSyntheticArchive(file, shape);
    const megabytes = statSync(file).size / MEGABYTE;
    peakRss = process.memoryUsage().rss;

    const cpuBefore = process.cpuUsage();
    const postgresBefore = postgresCpuSeconds();
    const started = performance.now();
    const summary = await importMbox(pool, file, { listAddress: shape.list });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const postgresCpu = postgresCpuSeconds() - postgresBefore;

    console.log(`archive:          ${count} messages, ${megabytes.toFixed(1)} MB`);
    console.log(
      `stored:           ${summary.messagesStored} messages in ${summary.threadsInList} threads`,
    );
    console.log(`errors:           ${summary.errors.length}`);
    console.log(`time:             ${seconds.toFixed(2)} s`);
    console.log(`messages/second:  ${Math.round(summary.messagesStored / seconds)}`);
    console.log(`import CPU (node): ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
    console.log(`PostgreSQL CPU:   ${postgresCpu.toFixed(2)} s, all its processes on this machine`);
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

/** CPU time of every PostgreSQL process this user can see, from /proc (Linux). */
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // the process ended while the list was read
    }
    if (!stat.includes("(postgres)")) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

main().catch((error: Error) => {
  console.error(`benchmark failed: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

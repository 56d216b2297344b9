// npm run import -- <file.mbox[.gz]> --list <list address> [--mbox-format mboxrd|mboxo]
//   [--batch-size <n>] [--json]
import { createReadStream, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { IMPORT_BATCH_SIZE, type ImportSummary, importMbox } from "@/lib/archive/import-mbox";
import { createScriptPool, prepareDatabase } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { NotAnMboxError } from "@/lib/mail/mbox";

const USAGE =
  "usage: npm run import -- <file.mbox[.gz]> --list <list address> " +
  "[--mbox-format mboxrd|mboxo] [--batch-size <n>] [--json]";

// A transaction of more messages than this holds too much in memory for no gain in speed.
const MAX_BATCH_SIZE = 10_000;

// RFC 5321's limit on an address: 64 characters, "@", 255.
const MAX_ADDRESS_LENGTH = 320;

const argsSchema = z.object({
  file: z.string({ error: "name the mbox file to import" }).min(1),
  list: z
    .email({
      error: "--list must be the list's address, e.g. arch-dev-public@lists.archlinux.org",
    })
    .max(MAX_ADDRESS_LENGTH, `--list must be at most ${MAX_ADDRESS_LENGTH} characters`),
  format: z
    .enum(["mboxrd", "mboxo"], { error: "--mbox-format must be mboxrd or mboxo" })
    .optional(),
  batchSize: z.coerce
    .number({ error: "--batch-size must be a number" })
    .int("--batch-size must be a whole number")
    .min(1, "--batch-size must be at least 1")
    .max(MAX_BATCH_SIZE, `--batch-size must be at most ${MAX_BATCH_SIZE}`)
    .default(IMPORT_BATCH_SIZE),
  json: z.boolean(),
});

async function main(): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 64;
  }
  const { values, positionals } = args;
  const parsed = argsSchema.safeParse({
    file: positionals[0],
    list: values.list,
    format: values["mbox-format"],
    batchSize: values["batch-size"],
    json: values.json,
  });
  if (!parsed.success || positionals.length > 1) {
    const problem = parsed.success ? "give exactly one file" : parsed.error.issues[0]?.message;
    console.error(`${problem}\n${USAGE}`);
    return 64;
  }
  const { file, list, format, batchSize, json } = parsed.data;

  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      console.error(`cannot read ${file}: not a file`);
      return 66;
    }
    size = stat.size;
  } catch {
    console.error(`cannot read ${file}: no such file`);
    return 66;
  }

  const url = await prepareDatabase();
  const pool = createScriptPool(url);
  const input = createReadStream(file);
  const bar = process.stderr.isTTY && !json ? progressBar(size) : undefined;

  try {
    const summary = await importMbox(pool, input, {
      listAddress: list,
      source: file,
      format,
      batchSize,
      onProgress: (messages) => bar?.update(input.bytesRead, { messages }),
    });
    bar?.update(size);
    bar?.stop();
    if (json) console.log(JSON.stringify(summary, null, 2));
    else printSummary(summary);
    return summary.errors.length > 0 ? 2 : 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof NotAnMboxError) {
      console.error(`${file}: ${error.message}; nothing was imported`);
      return 65;
    }
    throw error;
  } finally {
    await pool.end();
  }
}

function readArgs() {
  return parseArgs({
    options: {
      list: { type: "string" },
      "mbox-format": { type: "string" },
      "batch-size": { type: "string" },
      json: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
}

function progressBar(total: number): SingleBar {
  const bar = new SingleBar({
    format: "importing [{bar}] {percentage}% | {messages} messages",
    hideCursor: true,
    stream: process.stderr,
  });
  bar.start(total, 0, { messages: 0 });
  return bar;
}

function printSummary(summary: ImportSummary): void {
  console.log(`list:               ${summary.list}`);
  console.log(`mbox variant:       ${summary.variant}`);
  console.log(`messages read:      ${summary.messagesRead}`);
  console.log(`messages stored:    ${summary.messagesStored}`);
  console.log(`duplicates skipped: ${summary.duplicatesSkipped}`);
  console.log(`threads in list:    ${summary.threadsInList}`);
  console.log(`errors:             ${summary.errors.length}`);
  for (const error of summary.errors) {
    console.log(`  message ${error.index} (line ${error.line}): ${error.reason}`);
  }
}

main()
  .then((code) => {
    releaseEmbeddedPostgres();
    process.exit(code);
  })
  .catch((error: Error) => {
    console.error(`import failed: ${error.message}`);
    releaseEmbeddedPostgres();
    process.exit(1);
  });

// Parsing in worker threads, in order. The mbox is split on the main thread (cheap), chunks of
// messages go to the workers, and the parsed messages come back in the file's order.
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type ParseOutcome, parseEntry } from "@/lib/archive/incoming";
import type { MboxEntry } from "@/lib/mail/mbox";

// PostgreSQL takes one core for the import's transaction and the main thread needs a little of
// another; one worker fills that core. More would only take CPU from PostgreSQL.
export const DEFAULT_PARSE_WORKERS = availableParallelism() > 1 ? 1 : 0;
// A worker's young generation is where parsed messages are born and die; V8's default of tens of
// MB is headroom parsing never needs, and it counts against the import's memory target.
const WORKER_YOUNG_GENERATION_MB = 8;
const CHUNK_SIZE = 250;
// While the importer waits for PostgreSQL to store a batch it asks for nothing new, so the
// chunks already sent must cover a whole batch (IMPORT_BATCH_SIZE, 1,000 messages) for the
// worker never to idle; 1,500 messages of ordinary mail in flight are a few MB.
const CHUNKS_IN_FLIGHT_PER_WORKER = 6;

export interface ParseRequest {
  id: number;
  entries: { raw: Uint8Array; envelope: string }[];
}

export interface ParseResponse {
  id: number;
  outcomes: ParseOutcome[];
}

export interface Parsed {
  entry: MboxEntry;
  outcome: ParseOutcome;
}

/** The entries with their parse outcomes, in order; `workers` 0 parses on this thread. */
export async function* parseAll(
  entries: AsyncIterable<MboxEntry>,
  workers: number,
): AsyncGenerator<Parsed> {
  if (workers <= 0) {
    for await (const entry of entries)
      yield { entry, outcome: await parseEntry(entry.raw, entry.envelope) };
    return;
  }

  const pool = new ParsePool(workers);
  const pending: { chunk: MboxEntry[]; outcomes: Promise<ParseOutcome[]> }[] = [];
  const maxInFlight = workers * CHUNKS_IN_FLIGHT_PER_WORKER;
  try {
    let chunk: MboxEntry[] = [];
    const send = () => {
      pending.push({ chunk, outcomes: pool.parse(chunk) });
      chunk = [];
    };
    for await (const entry of entries) {
      chunk.push(entry);
      if (chunk.length >= CHUNK_SIZE) send();
      while (pending.length >= maxInFlight) yield* take(pending.shift());
    }
    if (chunk.length > 0) send();
    while (pending.length > 0) yield* take(pending.shift());
  } finally {
    // Rejections of chunks nobody waits for any more must not surface as unhandled.
    for (const { outcomes } of pending) outcomes.catch(() => {});
    await pool.close();
  }
}

async function* take(
  next: { chunk: MboxEntry[]; outcomes: Promise<ParseOutcome[]> } | undefined,
): AsyncGenerator<Parsed> {
  if (!next) return;
  const outcomes = await next.outcomes;
  for (const [index, entry] of next.chunk.entries()) {
    const outcome = outcomes[index] as ParseOutcome;
    yield { entry, outcome: outcome.ok ? withBuffers(outcome) : outcome };
  }
}

/** Structured cloning turns a Buffer into a plain Uint8Array; the importer wants Buffers. */
function withBuffers(outcome: ParseOutcome & { ok: true }): ParseOutcome {
  const hash = outcome.message.contentHash;
  const contentHash = Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength);
  return { ok: true, message: { ...outcome.message, contentHash } };
}

/**
 * The worker's file, found when a pool starts rather than written as new URL("…",
 * import.meta.url), which bundlers take for an asset or a web worker: Next.js sees this module
 * through the demo seed, and never starts a pool.
 */
function workerEntry(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), "parse-worker.mjs");
}

class ParsePool {
  readonly #workers: Worker[];
  readonly #waiting = new Map<
    number,
    { resolve: (o: ParseOutcome[]) => void; reject: (e: Error) => void }
  >();
  #nextId = 0;

  constructor(size: number) {
    this.#workers = Array.from({ length: size }, () => this.#start());
  }

  parse(chunk: MboxEntry[]): Promise<ParseOutcome[]> {
    const id = this.#nextId++;
    const request: ParseRequest = {
      id,
      entries: chunk.map((entry) => ({ raw: entry.raw, envelope: entry.envelope })),
    };
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#workers[id % this.#workers.length]?.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #start(): Worker {
    const worker = new Worker(workerEntry(), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.on("message", (response: ParseResponse) => {
      this.#waiting.get(response.id)?.resolve(response.outcomes);
      this.#waiting.delete(response.id);
    });
    worker.on("error", (error) => this.#failAll(error));
    worker.on("exit", (code) => {
      if (code !== 0) this.#failAll(new Error(`a parse worker stopped with exit code ${code}`));
    });
    return worker;
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}

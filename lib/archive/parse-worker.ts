// The parse worker: parses chunks of mbox messages off the main thread, so that the thread that
// talks to PostgreSQL answers it at once instead of after the next chunk of parsing.
import { parentPort } from "node:worker_threads";
import { parseEntry } from "@/lib/archive/incoming";
import type { ParseRequest, ParseResponse } from "@/lib/archive/parse-pool";

parentPort?.on("message", async (request: ParseRequest) => {
  const outcomes = await Promise.all(
    request.entries.map(({ raw, envelope }) =>
      // Buffers arrive as plain Uint8Arrays; the parser wants Buffer's methods back.
      parseEntry(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), envelope),
    ),
  );
  const response: ParseResponse = { id: request.id, outcomes };
  parentPort?.postMessage(response);
});

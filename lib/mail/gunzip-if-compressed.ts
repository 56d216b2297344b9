import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";

// Every gzip stream starts with these two bytes (RFC 1952, section 2.3.1). Archives are
// published both plain and gzipped, often under names that do not say which.
const GZIP_MAGIC = [0x1f, 0x8b] as const;

type Chunk = Buffer | string;

/**
 * The bytes of a stream, gunzipped on the fly when it starts with the gzip magic number and
 * passed through unchanged otherwise.
 */
export async function* gunzipIfCompressed(source: AsyncIterable<Chunk>): AsyncGenerator<Buffer> {
  const chunks = source[Symbol.asyncIterator]();
  try {
    const head = await readAtLeast(chunks, GZIP_MAGIC.length);
    const rest = prepend(head, chunks);
    if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
      yield* rest;
      return;
    }

    // pipeline() passes an error of either side on to the gunzip stream, so a truncated or
    // corrupt archive ends the loop below with that error instead of hanging.
    const gunzip = pipeline(rest, createGunzip(), () => {});
    try {
      for await (const chunk of gunzip) yield chunk as Buffer;
    } catch (error) {
      throw (error as { code?: string }).code?.startsWith("Z_")
        ? new Error(`the gzip data is cut short or damaged (${(error as Error).message})`, {
            cause: error,
          })
        : error;
    }
  } finally {
    await chunks.return?.();
  }
}

async function readAtLeast(chunks: AsyncIterator<Chunk>, bytes: number): Promise<Buffer> {
  const read: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) break;
    const chunk = toBuffer(next.value);
    read.push(chunk);
    length += chunk.length;
  }
  return Buffer.concat(read);
}

async function* prepend(head: Buffer, chunks: AsyncIterator<Chunk>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await chunks.next();
    if (next.done) return;
    yield toBuffer(next.value);
  }
}

function toBuffer(chunk: Chunk): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk) : chunk;
}

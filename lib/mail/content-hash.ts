import { createHash } from "node:crypto";
import { type HeaderBlock, headerValue } from "./headers";

// What makes two copies one message: who sent it, when they dated it, its subject and its body,
// as bytes. Trace headers (Received, DKIM-Signature, list headers) differ between two copies
// of the same message delivered by different routes and are left out, and so are line endings
// and trailing blank lines, which mbox writers change. Computed from bytes, not from decoded
// text, so that a better decoder later never turns a re-import into "different content".

const CR = 0x0d;
const LF = 0x0a;
const IDENTIFYING_HEADERS = ["from", "date", "subject"] as const;
const FOLDING = /\s+/g;

export function contentHash(raw: Buffer, headers: HeaderBlock): Buffer {
  const hash = createHash("sha256");
  for (const name of IDENTIFYING_HEADERS) {
    hash.update(`${name}:${(headerValue(headers, name) ?? "").replace(FOLDING, " ")}\n`, "latin1");
  }
  hash.update(normalisedBody(raw.subarray(headers.bodyStart)));
  return hash.digest();
}

function normalisedBody(body: Buffer): Buffer {
  let end = body.length;
  while (end > 0 && (body[end - 1] === LF || body[end - 1] === CR)) end -= 1;
  const trimmed = body.subarray(0, end);
  if (!trimmed.includes(CR)) return trimmed;
  return Buffer.from(trimmed.toString("latin1").replaceAll("\r\n", "\n"), "latin1");
}

import { MessageParseError } from "./errors";
import { type HeaderBlock, headerValue, readHeaders } from "./headers";

// The header sections of a message's MIME parts, found without decoding anything: the
// message's own, then the one after every boundary delimiter line that a Content-Type already
// found declares. mailparser decodes the parts; this only lets the importer see what the parts
// declare (their charsets), which mailparser does not report.

const BOUNDARY = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i;
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/gi;
const ENCODED_WORD_CHARSET = /=\?([^?*\s]+)(?:\*[^?]*)?\?[bq]\?/gi;
// Real mail nests a few levels; a message declaring more boundaries than this is built to be
// slow, and its deeper parts are left to mailparser alone.
const MAX_BOUNDARIES = 64;

export interface PartHeaders {
  /** where the part's header section begins in the message */
  offset: number;
  block: HeaderBlock;
}

export function partHeaders(raw: Buffer, top: HeaderBlock): PartHeaders[] {
  const parts: PartHeaders[] = [{ offset: 0, block: top }];
  const boundaries = new Set<string>();

  for (let index = 0; index < parts.length && boundaries.size < MAX_BOUNDARIES; index += 1) {
    const boundary = boundaryOf(parts[index]?.block);
    if (boundary === null || boundaries.has(boundary)) continue;
    boundaries.add(boundary);
    for (const offset of partStarts(raw, boundary)) {
      const block = readPartHeaders(raw.subarray(offset));
      if (block !== null) parts.push({ offset, block });
    }
  }
  return parts;
}

/** The charsets a part declares: its Content-Type's, and those of encoded words in its header. */
export function declaredCharsets(block: HeaderBlock): string[] {
  const labels: string[] = [];
  for (const field of block.fields) {
    if (field.name !== "content-type") {
      labels.push(...encodedWordCharsets(field.value));
      continue;
    }
    for (const match of field.value.matchAll(CHARSET)) {
      labels.push((match[1] ?? match[2] ?? "").trim().toLowerCase());
    }
  }
  return labels;
}

/** The charsets of the RFC 2047 words in a header value, lower-case. */
export function encodedWordCharsets(value: string): string[] {
  return Array.from(value.matchAll(ENCODED_WORD_CHARSET), (match) =>
    (match[1] ?? "").toLowerCase(),
  );
}

function boundaryOf(block: HeaderBlock | undefined): string | null {
  if (block === undefined) return null;
  const contentType = headerValue(block, "content-type") ?? "";
  if (!/^\s*multipart\//i.test(contentType)) return null;
  const match = BOUNDARY.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Offsets of the lines after each "--boundary" delimiter line (the closing one excluded). */
function* partStarts(raw: Buffer, boundary: string): Generator<number> {
  const delimiter = Buffer.from(`--${boundary}`, "latin1");
  let from = 0;
  for (;;) {
    const at = raw.indexOf(delimiter, from);
    if (at === -1) return;
    from = at + delimiter.length;
    const startsLine = at === 0 || raw[at - 1] === 0x0a;
    const closing = raw[from] === 0x2d && raw[from + 1] === 0x2d;
    if (!startsLine || closing) continue;
    const newline = raw.indexOf(0x0a, from);
    if (newline === -1) return;
    if (raw.toString("latin1", from, newline).trim() === "") yield newline + 1;
  }
}

/** A part's header section, or null for a part that starts with its body (RFC 2046 allows it). */
function readPartHeaders(part: Buffer): HeaderBlock | null {
  try {
    return readHeaders(part);
  } catch (error) {
    if (error instanceof MessageParseError) return null;
    throw error;
  }
}

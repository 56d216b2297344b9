import { isEnvelope } from "./envelope";
import { NotAnMboxError } from "./errors";

const LF = 0x0a;
const CR = 0x0d;
const GREATER_THAN = 0x3e;
const FROM_SPACE = Buffer.from("From ");

// An envelope line is a sender and a date, far shorter than the 998 characters RFC 5322
// allows any line of mail; a first line longer than that is not an envelope, and refusing
// it early keeps a large file without line breaks from being buffered whole.
const MAX_ENVELOPE_LINE_BYTES = 1000;

/**
 * How a writer escaped body lines that begin with "From ". mboxrd adds one ">" to every line
 * matching /^>*From / and so can be undone exactly; mboxo adds it only to "From " itself, so a
 * ">From " in the original cannot be told from an escaped "From " (it has no way back).
 * The two read the same except for lines of two or more ">" before "From ": mboxrd takes one
 * ">" off those too, mboxo leaves them.
 */
export type MboxFormat = "mboxrd" | "mboxo";

/** Counts of escaped lines seen, from which the variant of a file is told (see mboxVariant). */
export interface MboxStats {
  /** lines ">From " */
  quotedFromLines: number;
  /** lines ">>From ", ">>>From ", … which only mboxrd writers make of a quoted ">From " */
  deeperQuotedFromLines: number;
}

/** What the import records about a file's escaping: its variant, or "unknown" with no evidence. */
export type MboxVariant = MboxFormat | "unknown";

/**
 * The variant a file used, from what the splitter saw, or the format the operator chose. A
 * file with only ">From " lines is recorded as mboxo: both variants read such a file alike.
 */
export function mboxVariant(stats: MboxStats, chosen?: MboxFormat): MboxVariant {
  if (chosen) return chosen;
  if (stats.deeperQuotedFromLines > 0) return "mboxrd";
  return stats.quotedFromLines > 0 ? "mboxo" : "unknown";
}

export interface MboxEntry {
  /** 1-based position of the message in the mbox */
  index: number;
  /** byte offset of its "From " line in the (decompressed) stream */
  offset: number;
  /** 1-based line number of its "From " line */
  line: number;
  /** the "From " line without "From " and without its line ending */
  envelope: string;
  /** the message without its "From " line, its ">From " quoting undone as the format says */
  raw: Buffer;
}

interface OpenMessage {
  index: number;
  offset: number;
  line: number;
  envelope: string;
  parts: Buffer[];
}

/**
 * Cuts a byte stream into mbox messages, one chunk at a time, keeping only the message in
 * progress and the unfinished last line of a chunk. Lines are found with Buffer.indexOf and
 * copied as whole runs of bytes, so that splitting stays far faster than parsing.
 *
 * A "From " line starts a message only at the start of the input or after an empty line,
 * and only when it carries an envelope date (see envelope.ts). The empty line before it
 * belongs to the mbox format, not to the message, and is dropped; so is the one at the end.
 */
export class MboxSplitter {
  #carry: Buffer = Buffer.alloc(0);
  #carryOffset = 0;
  #nextLineNumber = 1;
  #count = 0;
  #current: OpenMessage | null = null;
  #previousLineBlank = false;
  #previousLineBytes = 0;

  // The buffer being split, its offset in the stream, and where the bytes of the current
  // message that are not yet stored in its parts begin.
  #buffer: Buffer = this.#carry;
  #bufferOffset = 0;
  #unstoredFrom = 0;
  #finished: MboxEntry[] = [];

  readonly #format: MboxFormat;
  readonly stats: MboxStats = { quotedFromLines: 0, deeperQuotedFromLines: 0 };

  /** `format` mboxrd (the default) undoes every level of escaping; see MboxFormat. */
  constructor(format: MboxFormat = "mboxrd") {
    this.#format = format;
  }

  /** Splits one more chunk, returning the messages it completed. */
  push(chunk: Buffer): MboxEntry[] {
    this.#begin(this.#carry.length === 0 ? chunk : Buffer.concat([this.#carry, chunk]));

    let lineStart = 0;
    for (;;) {
      const newline = this.#buffer.indexOf(LF, lineStart);
      if (newline === -1) break;
      this.#readLine(lineStart, newline, newline + 1);
      lineStart = newline + 1;
    }

    this.#store(lineStart);
    this.#carry = this.#buffer.subarray(lineStart);
    this.#carryOffset = this.#bufferOffset + lineStart;
    if (this.#current === null) refuseUnlessEnvelopeStart(this.#carry);
    return this.#takeFinished();
  }

  /** Ends the input, returning the last message. */
  end(): MboxEntry[] {
    this.#begin(this.#carry);
    if (this.#carry.length > 0) this.#readLine(0, this.#carry.length, this.#carry.length);
    this.#store(this.#carry.length);
    this.#carry = Buffer.alloc(0);
    this.#finishCurrent();
    return this.#takeFinished();
  }

  #begin(buffer: Buffer): void {
    this.#buffer = buffer;
    this.#bufferOffset = this.#carryOffset;
    this.#unstoredFrom = 0;
  }

  #readLine(start: number, newline: number, next: number): void {
    const buffer = this.#buffer;
    const contentEnd = newline > start && buffer[newline - 1] === CR ? newline - 1 : newline;
    const blank = contentEnd === start;

    if (this.#current === null) {
      if (!blank) this.#openFirst(start, contentEnd);
      this.#unstoredFrom = next;
    } else if (this.#previousLineBlank && buffer[start] === FROM_SPACE[0]) {
      const envelope = envelopeAt(buffer, start, contentEnd);
      if (envelope !== null) {
        this.#store(start);
        this.#finishCurrent();
        this.#open(start, envelope);
        this.#unstoredFrom = next;
      }
    } else if (buffer[start] === GREATER_THAN) {
      this.#unescape(start, contentEnd);
    }

    this.#previousLineBlank = blank;
    this.#previousLineBytes = next - start;
    this.#nextLineNumber += 1;
  }

  /** Takes exactly one ">" off an escaped "From " line, as the format says. */
  #unescape(start: number, contentEnd: number): void {
    const depth = quotedFromDepth(this.#buffer, start, contentEnd);
    if (depth === 0) return;
    if (depth === 1) this.stats.quotedFromLines += 1;
    else this.stats.deeperQuotedFromLines += 1;
    if (depth > 1 && this.#format === "mboxo") return;

    this.#store(start);
    this.#unstoredFrom = start + 1;
  }

  #openFirst(start: number, contentEnd: number): void {
    const envelope = envelopeAt(this.#buffer, start, contentEnd);
    if (envelope === null) throw notAnMbox();
    this.#open(start, envelope);
  }

  #open(start: number, envelope: string): void {
    this.#count += 1;
    this.#current = {
      index: this.#count,
      offset: this.#bufferOffset + start,
      line: this.#nextLineNumber,
      envelope,
      parts: [],
    };
  }

  #store(end: number): void {
    if (this.#current === null || end <= this.#unstoredFrom) return;
    this.#current.parts.push(this.#buffer.subarray(this.#unstoredFrom, end));
    this.#unstoredFrom = end;
  }

  #finishCurrent(): void {
    const message = this.#current;
    if (message === null) return;

    const raw = Buffer.concat(message.parts);
    const separatorBytes = this.#previousLineBlank ? this.#previousLineBytes : 0;
    this.#finished.push({
      index: message.index,
      offset: message.offset,
      line: message.line,
      envelope: message.envelope,
      raw: raw.subarray(0, raw.length - separatorBytes),
    });
    this.#current = null;
  }

  #takeFinished(): MboxEntry[] {
    const finished = this.#finished;
    this.#finished = [];
    return finished;
  }
}

function notAnMbox(): NotAnMboxError {
  return new NotAnMboxError('not an mbox file: the first line is not a "From " envelope line');
}

/** The envelope text of a "From " line at start, or null when the line is not one. */
function envelopeAt(buffer: Buffer, start: number, contentEnd: number): string | null {
  const prefixEnd = start + FROM_SPACE.length;
  if (prefixEnd > contentEnd || buffer.compare(FROM_SPACE, 0, FROM_SPACE.length, start, prefixEnd))
    return null;

  const envelope = buffer.toString("utf8", prefixEnd, contentEnd);
  return isEnvelope(envelope) ? envelope : null;
}

/** How many ">" stand before "From " at the start of a line; 0 when it is no such line. */
function quotedFromDepth(buffer: Buffer, start: number, contentEnd: number): number {
  let position = start;
  while (position < contentEnd && buffer[position] === GREATER_THAN) position += 1;
  const prefixEnd = position + FROM_SPACE.length;
  const isFromLine =
    prefixEnd <= contentEnd &&
    buffer.compare(FROM_SPACE, 0, FROM_SPACE.length, position, prefixEnd) === 0;
  return isFromLine ? position - start : 0;
}

/**
 * Refuses a first line that cannot become an envelope however it continues, so that a large
 * file that is not an mbox is turned away after its first chunk rather than at its end.
 */
function refuseUnlessEnvelopeStart(partialLine: Buffer): void {
  const halfOfCrlf = partialLine.length === 1 && partialLine[0] === CR;
  if (halfOfCrlf) return;

  const comparable = Math.min(partialLine.length, FROM_SPACE.length);
  const prefixDiffers = partialLine.compare(FROM_SPACE, 0, comparable, 0, comparable) !== 0;
  if (prefixDiffers || partialLine.length > MAX_ENVELOPE_LINE_BYTES) throw notAnMbox();
}

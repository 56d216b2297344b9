import { MessageParseError } from "./errors";

const LF = 0x0a;
const CR = 0x0d;

// RFC 5322 section 2.2: a field name is printable US-ASCII except the colon.
const FIELD_LINE = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;
const CONTINUATION = /^[ \t]/;
const EIGHT_BIT = /[\x80-\xff]/;

const NO_HEADERS = "not a mail message: it does not start with header fields";

export interface HeaderField {
  /** lower-case field name */
  name: string;
  /** the value with folding line breaks removed, as bytes read one to one (latin1) */
  value: string;
  /** byte range of the whole field in the message, line break excluded */
  start: number;
  end: number;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** byte offset where the body begins, after the empty line */
  bodyStart: number;
  /** whether any header holds bytes outside US-ASCII (raw UTF-8 names, say) */
  eightBit: boolean;
}

/**
 * Reads the header section of a message without decoding it. Values stay as raw bytes so
 * that identifiers and dates can be read exactly; display text is decoded elsewhere.
 */
export function readHeaders(raw: Buffer): HeaderBlock {
  const fields: HeaderField[] = [];
  let eightBit = false;
  let lineStart = 0;

  while (lineStart < raw.length) {
    const newline = raw.indexOf(LF, lineStart);
    const lineEnd = newline === -1 ? raw.length : newline;
    const contentEnd = lineEnd > lineStart && raw[lineEnd - 1] === CR ? lineEnd - 1 : lineEnd;
    const next = newline === -1 ? raw.length : newline + 1;
    if (contentEnd === lineStart) {
      if (fields.length === 0) throw new MessageParseError(NO_HEADERS);
      return { fields, bodyStart: next, eightBit };
    }

    const line = raw.toString("latin1", lineStart, contentEnd);
    eightBit ||= EIGHT_BIT.test(line);
    const field = FIELD_LINE.exec(line);
    const previous = fields.at(-1);

    if (field) {
      const name = (field[1] ?? "").toLowerCase();
      const value = line.slice(field[0].length);
      fields.push({ name, value, start: lineStart, end: contentEnd });
    } else if (previous && CONTINUATION.test(line)) {
      previous.value += line;
      previous.end = contentEnd;
    } else if (fields.length === 0) {
      throw new MessageParseError(NO_HEADERS);
    }
    // Anything else is a stray line inside the header section; mail clients skip it too.

    lineStart = next;
  }

  if (fields.length === 0) throw new MessageParseError(NO_HEADERS);
  return { fields, bodyStart: raw.length, eightBit };
}

/** The trimmed value of the first field with this (lower-case) name. */
export function headerValue(block: HeaderBlock, name: string): string | undefined {
  return block.fields.find((field) => field.name === name)?.value.trim();
}

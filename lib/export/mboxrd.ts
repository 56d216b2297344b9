// Writing mboxrd (RFC 4155 with the "rd" quoting): each message after a "From " envelope line,
// every body line matching /^>*From / given one more ">", and an empty line after each message.
// That quoting is the one an importer can undo exactly, so an export reads back byte for byte.

const LF = 0x0a;
const GREATER_THAN = 0x3e;
const FROM_SPACE = Buffer.from("From ");
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Envelope senders have no spaces; a stored address never should either, but one that does
// must not break the envelope line apart.
const WHITESPACE = /\s+/g;
// What mail servers write when a message has no sender to speak of.
const NO_SENDER = "MAILER-DAEMON";

export interface MboxMessage {
  /** the message as stored */
  raw: Uint8Array;
  /** the envelope sender: the author's address */
  sender: string | null;
  /** the envelope date: when the message was sent */
  date: Date;
}

/** One message as an mboxrd entry: envelope line, quoted message, empty line. */
export function mboxrdEntry(message: MboxMessage): Buffer {
  const raw = Buffer.from(message.raw.buffer, message.raw.byteOffset, message.raw.byteLength);
  const sender = message.sender?.replace(WHITESPACE, "_") || NO_SENDER;
  const parts: Buffer[] = [Buffer.from(`From ${sender} ${asctime(message.date)}\n`, "latin1")];
  parts.push(...quoteFromLines(raw));
  if (raw.length > 0 && raw[raw.length - 1] !== LF) parts.push(Buffer.from("\n"));
  parts.push(Buffer.from("\n"));
  return Buffer.concat(parts);
}

/** The asctime() form of an envelope date, in UTC: "Tue Jun  6 20:58:01 2017". */
export function asctime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const day = String(date.getUTCDate()).padStart(2, " ");
  return `${WEEKDAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${day} ${time} ${date.getUTCFullYear()}`;
}

/** The message cut before each line that needs one more ">", with that ">" in between. */
function quoteFromLines(raw: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let copiedTo = 0;
  for (
    let found = raw.indexOf(FROM_SPACE);
    found !== -1;
    found = raw.indexOf(FROM_SPACE, found + 1)
  ) {
    let lineStart = found;
    while (lineStart > 0 && raw[lineStart - 1] === GREATER_THAN) lineStart -= 1;
    if (lineStart > 0 && raw[lineStart - 1] !== LF) continue;

    parts.push(raw.subarray(copiedTo, lineStart), Buffer.from(">"));
    copiedTo = lineStart;
  }
  parts.push(raw.subarray(copiedTo));
  return parts;
}

import { isAscii } from "node:buffer";
import { type DecodedContent, normalisedText, singleLine } from "./decoded-content";
import { type HeaderBlock, headerValue } from "./headers";
import { mailbox, parsePlainMailbox, unmaskPipermailAddress } from "./mailbox";

// Most list mail is one text/plain part in US-ASCII or UTF-8, sent as 7bit or 8bit, with
// plain US-ASCII headers: its bytes already are the text, with nothing to decode. Reading
// those directly instead of through the MIME library is what lets an import keep up with a
// large archive (the library spends at least 0.3 ms on any message, however small; this
// takes a few microseconds). Anything that needs
// decoding or a decision (RFC 2047 words, 8-bit headers, another type, multipart,
// quoted-printable, base64, format=flowed, another charset with 8-bit bytes) returns null
// here and goes to the library, so that this shortcut never reads a message differently
// from it; plain-message.test.ts checks that against real archives.

const ENCODED_WORD = "=?";

const PLAIN_TEXT_TYPE = /^text\/plain\s*(?:;|$)/i;
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*("[^"]*"|[^\s;]*)/g;
// Comments, escapes and RFC 2231 continuations ("charset*=") are left to the library.
const UNUSUAL_SYNTAX = /[()\\]|\*\s*=/;
const IDENTITY_ENCODINGS = new Set(["7bit", "8bit", "binary"]);

// The MIME library reads these charsets as UTF-8 (it does not convert them), so an 8-bit
// body labelled with them is read as UTF-8 here too.
const UTF8_COMPATIBLE = new Set(["utf8", "ascii", "usascii"]);

// Charsets whose first 128 code points are US-ASCII: a body of only US-ASCII bytes reads
// the same in all of them. (ISO-2022-JP and UTF-7 are 7-bit but not ASCII-compatible.)
const ASCII_SUPERSET = /^(?:iso8859\d+|windows125\d|cp125\d|latin\d|koi8[ru])$/;

/** The content of a message that needs no MIME decoding, or null when it does. */
export function decodePlainMessage(headers: HeaderBlock, raw: Buffer): DecodedContent | null {
  if (headers.eightBit) return null;

  const subject = headerValue(headers, "subject") ?? "";
  const fromValue = headerValue(headers, "from");
  if (subject.includes(ENCODED_WORD) || fromValue?.includes(ENCODED_WORD)) return null;

  const from =
    fromValue === undefined
      ? mailbox(undefined, undefined)
      : parsePlainMailbox(unmaskPipermailAddress(fromValue));
  if (from === null) return null;

  const text = plainTextBody(headers, raw);
  if (text === null) return null;

  return { subject: singleLine(subject), from, text };
}

function plainTextBody(headers: HeaderBlock, raw: Buffer): string | null {
  const contentType = headerValue(headers, "content-type") ?? "text/plain";
  const encoding = (headerValue(headers, "content-transfer-encoding") ?? "7bit").toLowerCase();
  const disposition = headerValue(headers, "content-disposition")?.toLowerCase();

  if (!PLAIN_TEXT_TYPE.test(contentType)) return null;
  if (!IDENTITY_ENCODINGS.has(encoding)) return null;
  if (disposition !== undefined && !disposition.startsWith("inline")) return null;

  if (UNUSUAL_SYNTAX.test(contentType)) return null;
  const parameters = readParameters(contentType);
  if (parameters.get("format") === "flowed") return null;

  const charset = (parameters.get("charset") ?? "us-ascii").replace(/[^a-z0-9]/g, "");
  const body = raw.subarray(headers.bodyStart);
  const readsAsUtf8 =
    UTF8_COMPATIBLE.has(charset) || (ASCII_SUPERSET.test(charset) && isAscii(body));
  if (!readsAsUtf8) return null;

  return normalisedText(body.toString("utf8"));
}

/** Content-Type parameters with lower-case names and values. */
function readParameters(contentType: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const [, name = "", rawValue = ""] of contentType.matchAll(PARAMETER)) {
    const value = rawValue.startsWith('"') ? rawValue.slice(1, -1) : rawValue;
    parameters.set(name.toLowerCase(), value.toLowerCase());
  }
  return parameters;
}

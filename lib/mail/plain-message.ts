import { isAscii, isUtf8 } from "node:buffer";
import libmime from "libmime";
import { decode as decodeQuotedPrintable } from "libqp";
import { knownCharset } from "./charset-labels";
import { type DecodedContent, normalisedText, singleLine } from "./decoded-content";
import { type HeaderBlock, headerValue } from "./headers";
import { type Mailbox, mailbox, parsePlainMailbox, unmaskPipermailAddress } from "./mailbox";
import { encodedWordCharsets } from "./part-headers";

// Most list mail is one text/plain part in US-ASCII or UTF-8, sent as 7bit, 8bit or
// quoted-printable, with US-ASCII headers whose only encoding is RFC 2047 words in the
// subject and the sender's name. Reading those directly, with the same libraries mailparser
// uses for the two decodings (libmime's decodeWords, libqp), instead of through mailparser's
// streams is what lets an import keep up with a large archive: mailparser spends at least
// 0.3 ms on any message, however small; this takes a few microseconds. Anything else (8-bit
// headers, another type, multipart, base64, format=flowed, another charset with 8-bit bytes,
// a word in a charset that is unknown or does not decode cleanly) returns null here and goes
// to mailparser, so that this shortcut never reads a message differently from it;
// plain-message.test.ts checks that against real archives and the benchmark's.

const ENCODED_WORD = "=?";
const REPLACEMENT_CHARACTER = "\uFFFD";

const PLAIN_TEXT_TYPE = /^text\/plain\s*(?:;|$)/i;
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*("[^"]*"|[^\s;]*)/g;
// Comments, escapes and RFC 2231 continuations ("charset*=") are left to the library.
const UNUSUAL_SYNTAX = /[()\\]|\*\s*=/;
const IDENTITY_ENCODINGS = new Set(["7bit", "8bit", "binary"]);
const QUOTED_PRINTABLE = "quoted-printable";

// Charsets whose first 128 code points are US-ASCII: a body of only US-ASCII bytes reads
// the same in all of them. (ISO-2022-JP and UTF-7 are 7-bit but not ASCII-compatible.) An
// 8-bit body is read here only when it is valid UTF-8 and declared so, or undeclared; the
// library reads every other one, us-ascii as windows-1252 (charset-labels.ts) and invalid
// bytes as replacement characters, flagged.
const ASCII_COMPATIBLE = /^(?:utf8|(?:us)?ascii|iso8859\d+|windows125\d|cp125\d|latin\d|koi8[ru])$/;

/** The content of a message that needs no MIME decoding, or null when it does. */
export function decodePlainMessage(headers: HeaderBlock, raw: Buffer): DecodedContent | null {
  if (headers.eightBit) return null;

  const subject = decodedWords(headerValue(headers, "subject") ?? "");
  if (subject === null) return null;
  const from = plainSender(headerValue(headers, "from"));
  if (from === null) return null;

  const text = plainTextBody(headers, raw);
  if (text === null) return null;

  return {
    subject: singleLine(subject),
    from,
    text,
    fromHtml: false,
    attachments: [],
    problems: [],
  };
}

function plainSender(value: string | undefined): Mailbox | null {
  if (value === undefined) return mailbox(undefined, undefined);
  const sender = parsePlainMailbox(unmaskPipermailAddress(value));
  if (sender?.name == null) return sender;
  const name = decodedWords(sender.name);
  return name === null ? null : mailbox(name, sender.address ?? undefined);
}

/** A header text with its RFC 2047 words decoded, or null when one needs mailparser's care. */
function decodedWords(value: string): string | null {
  if (!value.includes(ENCODED_WORD)) return value;
  if (!encodedWordCharsets(value).every(knownCharset)) return null;
  const decoded = libmime.decodeWords(value);
  return decoded.includes(REPLACEMENT_CHARACTER) ? null : decoded;
}

function plainTextBody(headers: HeaderBlock, raw: Buffer): string | null {
  const contentType = headerValue(headers, "content-type") ?? "text/plain";
  const encoding = (headerValue(headers, "content-transfer-encoding") ?? "7bit").toLowerCase();
  const disposition = headerValue(headers, "content-disposition")?.toLowerCase();

  if (!PLAIN_TEXT_TYPE.test(contentType)) return null;
  if (!IDENTITY_ENCODINGS.has(encoding) && encoding !== QUOTED_PRINTABLE) return null;
  if (disposition !== undefined && !disposition.startsWith("inline")) return null;

  if (UNUSUAL_SYNTAX.test(contentType)) return null;
  const parameters = readParameters(contentType);
  if (parameters.get("format") === "flowed") return null;

  const charset = parameters.get("charset")?.replace(/[^a-z0-9]/g, "");
  const stored = raw.subarray(headers.bodyStart);
  const body = encoding === QUOTED_PRINTABLE ? decodeQuotedPrintable(stored) : stored;
  const readsAsUtf8 = isAscii(body)
    ? charset === undefined || ASCII_COMPATIBLE.test(charset)
    : (charset === undefined || charset === "utf8") && isUtf8(body);
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

import iconv from "iconv-lite";
import type { HeaderBlock } from "./headers";
import { declaredCharsets, type PartHeaders } from "./part-headers";

// What mailparser does with the charsets a message declares, and the two places where Quorum
// wants otherwise. mailparser (through libmime and iconv-lite) already reads iso-8859-1 and
// latin1 as windows-1252, as the WHATWG Encoding Standard says; it reads an unknown charset as
// UTF-8 without saying so, and it reads a body labelled us-ascii as UTF-8 rather than as
// windows-1252. The first is reported here, the second is undone by relabelling.

/** What went wrong decoding a text; recorded on the message as a flag of the same name. */
export type DecodeProblem =
  /** A declared charset nothing here can decode; the text was read as UTF-8. */
  | "charset-unknown"
  /** Bytes that are invalid in their charset became U+FFFD replacement characters. */
  | "charset-replaced";

const REPLACEMENT_CHARACTER = "\uFFFD";
const REPLACEMENT_BYTES = Buffer.from(REPLACEMENT_CHARACTER, "utf8");
// libmime refuses UTF-7 (it can smuggle markup past filters) and reads it as UTF-8.
const REFUSED = /^(?:unicode-1-1-)?utf-?7(?:-imap)?$/;
// libmime decodes these with encoding-japanese, which iconv-lite does not cover.
const JAPANESE = /^jis|^iso-?2022-?jp|^eucjp/;
// The labels mailparser passes through as UTF-8 instead of decoding them.
const ASCII_LABEL_VALUE = /(;\s*charset\s*=\s*"?)((?:us-?)?ascii)(?="|\s|;|$)/gim;

export function knownCharset(label: string): boolean {
  if (label === "") return true;
  if (REFUSED.test(label)) return false;
  return JAPANESE.test(label) || iconv.encodingExists(label) || whatwgKnows(label);
}

function whatwgKnows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** "charset-unknown" when some part declares a charset that cannot be decoded. */
export function unknownCharsetIn(parts: PartHeaders[]): DecodeProblem | null {
  const unknown = parts.some(({ block }) =>
    declaredCharsets(block).some((label) => !knownCharset(label)),
  );
  return unknown ? "charset-unknown" : null;
}

/** "charset-replaced" when decoding made replacement characters the message did not hold. */
export function replacementsIn(raw: Buffer, ...texts: string[]): DecodeProblem | null {
  const replaced = texts.some((text) => text.includes(REPLACEMENT_CHARACTER));
  return replaced && !raw.includes(REPLACEMENT_BYTES) ? "charset-replaced" : null;
}

/**
 * The message with every part labelled us-ascii relabelled windows-1252, so that mailparser
 * decodes its 8-bit bytes as the standard does; the message itself when nothing changes. Only
 * Content-Type fields of the parts' header sections are touched, never body text.
 */
export function withAsciiRelabelled(raw: Buffer, parts: PartHeaders[]): Buffer {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const { offset, block } of parts) {
    for (const field of contentTypeFields(block)) {
      const text = raw.toString("latin1", offset + field.start, offset + field.end);
      const relabelled = text.replace(ASCII_LABEL_VALUE, "$1windows-1252");
      if (relabelled !== text) {
        edits.push({ start: offset + field.start, end: offset + field.end, text: relabelled });
      }
    }
  }
  if (edits.length === 0) return raw;

  const pieces: Buffer[] = [];
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(raw.subarray(at, edit.start), Buffer.from(edit.text, "latin1"));
    at = edit.end;
  }
  pieces.push(raw.subarray(at));
  return Buffer.concat(pieces);
}

function contentTypeFields(block: HeaderBlock) {
  return block.fields.filter((field) => field.name === "content-type");
}

export interface Mailbox {
  /** the decoded display name, null when the sender gave none */
  name: string | null;
  address: string | null;
}

// Pipermail's public archives hide addresses from harvesters by writing "@" as " at ":
//   From: foo at example.org (Foo Bar)
const PIPERMAIL_ADDRESS = /^([^\s@<>()",;]+) at ([^\s@<>()",;]+\.[^\s@<>()",;]+)(?=\s*(?:\(|$))/;

/** Puts the "@" back into a Pipermail-style From value, leaving other values alone. */
export function unmaskPipermailAddress(value: string): string {
  return value.trim().replace(PIPERMAIL_ADDRESS, "$1@$2");
}

// The shapes a From value takes when there is nothing to decode:
//   Foo Bar <foo@example.org>      "Bar, Foo" <foo@example.org>
//   <foo@example.org>              foo@example.org (Foo Bar)      foo@example.org
const ADDRESS = '[^\\s@<>()",;\\\\]+@[^\\s@<>()",;\\\\]+';
const PHRASE = '[^<>()"@,;:\\\\]*';
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const NAME_ADDR = new RegExp(`^(?:(${PHRASE})|${QUOTED})\\s*<(${ADDRESS})>$`);
const ADDR_COMMENT = new RegExp(`^(${ADDRESS})(?:\\s*\\(([^()\\\\]*)\\))?$`);
const QUOTED_PAIR = /\\(.)/g;
const WHITESPACE = /\s+/g;

/**
 * The mailbox of a From value that needs no decoding (plain US-ASCII, no RFC 2047 words),
 * or null when the value is in any other shape and should be left to the MIME library.
 */
export function parsePlainMailbox(value: string): Mailbox | null {
  const trimmed = value.trim();

  const nameAddr = NAME_ADDR.exec(trimmed);
  if (nameAddr) {
    const [, phrase, quoted, address = ""] = nameAddr;
    const name = quoted === undefined ? phrase : quoted.replace(QUOTED_PAIR, "$1");
    return mailbox(name, address);
  }

  const addrComment = ADDR_COMMENT.exec(trimmed);
  if (addrComment) {
    const [, address = "", comment] = addrComment;
    return mailbox(comment, address);
  }

  return null;
}

/** A mailbox with the name trimmed and an empty name or address reported as missing. */
export function mailbox(name: string | undefined, address: string | undefined): Mailbox {
  const cleanName = name?.replace(WHITESPACE, " ").trim();
  const cleanAddress = address?.trim();
  return { name: cleanName ? cleanName : null, address: cleanAddress ? cleanAddress : null };
}

import type { Mailbox } from "./mailbox";

/** What the MIME layer contributes to a parsed message: the parts that need decoding. */
export interface DecodedContent {
  subject: string;
  from: Mailbox;
  text: string;
}

const WHITESPACE = /\s+/g;

/** A subject unfolded onto one line, runs of whitespace written as one space. */
export function singleLine(subject: string): string {
  return subject.replace(WHITESPACE, " ").trim();
}

/** A body with LF line endings and without the blank lines or spaces it ends with. */
export function normalisedText(text: string): string {
  return text.replaceAll("\r\n", "\n").trimEnd();
}

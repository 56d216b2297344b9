import type { DecodeProblem } from "./charset-labels";
import type { Mailbox } from "./mailbox";

/** An attachment as listed on import; its bytes are decoded again from the stored message. */
export interface AttachmentPart {
  /** the decoded file name (RFC 2231 and RFC 2047 forms read), null when the sender gave none */
  name: string | null;
  contentType: string;
  /** decoded size in bytes */
  size: number;
}

/** What the MIME layer contributes to a parsed message: the parts that need decoding. */
export interface DecodedContent {
  subject: string;
  from: Mailbox;
  /** the text body (text/plain preferred, else text made from the HTML) */
  text: string;
  /** true when the text was made from HTML because the message had no plain text */
  fromHtml: boolean;
  attachments: AttachmentPart[];
  problems: DecodeProblem[];
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

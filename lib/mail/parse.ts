import type { DecodeProblem } from "./charset-labels";
import { contentHash } from "./content-hash";
import type { AttachmentPart } from "./decoded-content";
import { headerValue, readHeaders } from "./headers";
import type { Mailbox } from "./mailbox";
import { decodeWithMailparser } from "./mailparser-content";
import { type MessageDate, messageDate } from "./message-date";
import { messageIdsIn, ownMessageId, referencedIds } from "./message-ids";
import { decodePlainMessage } from "./plain-message";

export type { AttachmentPart } from "./decoded-content";
export { MessageParseError } from "./errors";

/**
 * What the parser noticed about a message, stored with it so that a page or an operator can
 * tell. Charset problems are named in charset-labels.ts; "date-from-…" says the Date field was
 * missing or unreadable and where the date came from instead; "html-only" says the text was
 * made from HTML.
 */
export type ParseFlag =
  | DecodeProblem
  | `date-from-${Exclude<MessageDate["dateSource"], "date">}`
  | "html-only";

export interface ParsedMessage extends MessageDate {
  /** without angle brackets */
  messageId: string | null;
  /** the ids in In-Reply-To, in order, without the text some clients write around them */
  inReplyTo: string[];
  /** the ids in References, oldest first */
  references: string[];
  /** decoded, on one line, "" when missing */
  subject: string;
  from: Mailbox;
  /** the text body (text/plain preferred, else text from the HTML), LF line endings */
  text: string;
  attachments: AttachmentPart[];
  flags: ParseFlag[];
  /** sha256 of what makes two copies one message (content-hash.ts) */
  contentHash: Buffer;
}

/**
 * Parses one message of an archive. `fallback.envelope` is its mbox "From " line, whose
 * delivery time stands in for a missing or unreadable Date field.
 *
 * Throws MessageParseError when the bytes are not a message at all.
 */
export async function parseMessage(
  raw: Buffer,
  fallback: { envelope?: string } = {},
): Promise<ParsedMessage> {
  const headers = readHeaders(raw);
  const { fromHtml, problems, ...content } =
    decodePlainMessage(headers, raw) ?? (await decodeWithMailparser(headers, raw));
  const date = messageDate(headers, fallback.envelope);

  const flags = new Set<ParseFlag>(problems);
  if (date.dateSource !== "date") flags.add(`date-from-${date.dateSource}`);
  if (fromHtml) flags.add("html-only");

  return {
    messageId: ownMessageId(headerValue(headers, "message-id")),
    inReplyTo: messageIdsIn(headerValue(headers, "in-reply-to")),
    references: referencedIds(headerValue(headers, "references")),
    ...content,
    flags: [...flags].sort(),
    contentHash: contentHash(raw, headers),
    ...date,
  };
}

import { headerValue, readHeaders } from "./headers";
import type { Mailbox } from "./mailbox";
import { decodeWithMailparser } from "./mailparser-content";
import { type MessageDate, messageDate } from "./message-date";
import { messageIdsIn, ownMessageId, referencedIds } from "./message-ids";
import { decodePlainMessage } from "./plain-message";

export { MessageParseError } from "./errors";

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
  const content = decodePlainMessage(headers, raw) ?? (await decodeWithMailparser(headers, raw));

  return {
    messageId: ownMessageId(headerValue(headers, "message-id")),
    inReplyTo: messageIdsIn(headerValue(headers, "in-reply-to")),
    references: referencedIds(headerValue(headers, "references")),
    ...content,
    ...messageDate(headers, fallback.envelope),
  };
}

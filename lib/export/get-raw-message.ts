import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { readHeaders } from "@/lib/mail/headers";
import { decodeAttachments } from "@/lib/mail/mailparser-content";
import type { AttachmentPart } from "@/lib/mail/parse";

// One message by its Message-ID, for /m/<id>/raw and its attachments. A Message-ID that was
// cross-posted is in several lists with the same bytes; the first stored copy is served. A
// message a moderator hid is "not found" here, as it is left out of exports.

export interface RawMessage {
  messageId: string;
  raw: Buffer;
  attachments: AttachmentPart[];
}

export async function getRawMessage(messageId: string): Promise<RawMessage> {
  const message = await db().message.findFirst({
    where: { messageId, hiddenAt: null },
    orderBy: { id: "asc" },
    select: { messageId: true, raw: true, attachments: true },
  });
  if (!message) throw notFound(`message <${messageId}>`);
  return {
    messageId: message.messageId,
    raw: Buffer.from(message.raw),
    attachments: message.attachments as unknown as AttachmentPart[],
  };
}

export interface Attachment {
  name: string | null;
  contentType: string;
  bytes: Buffer;
}

/** The `index`-th attachment (from 0), decoded again from the stored message's bytes. */
export async function getAttachment(messageId: string, index: number): Promise<Attachment> {
  const message = await getRawMessage(messageId);
  const listed = message.attachments[index];
  const decoded = listed && (await decodeAttachments(message.raw, readHeaders(message.raw)))[index];
  if (!listed || !decoded) throw notFound(`attachment ${index} of message <${messageId}>`);
  return { name: listed.name, contentType: listed.contentType, bytes: decoded.content };
}

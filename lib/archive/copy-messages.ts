// Writes a batch's new messages with one binary COPY (binary-copy.ts), the cheapest way into
// PostgreSQL: the step that decides how fast an import runs, with threading already decided.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { BinaryCopyWriter } from "@/lib/archive/binary-copy";
import {
  isAwaiting,
  type Member,
  parentIdOf,
  sentAtOf,
  type Threading,
} from "@/lib/archive/rethread";
import type { IncomingMessage } from "@/lib/archive/store-batch";

const COLUMNS = [
  "id",
  "listId",
  "messageId",
  "threadId",
  "parentId",
  "inReplyTo",
  "references",
  "authorId",
  "sentAt",
  "utcOffset",
  "dateSource",
  "subject",
  "body",
  "raw",
  "awaitingParent",
  "flags",
  "contentHash",
  "attachments",
] as const;

const COPY_MESSAGES = `COPY message (${COLUMNS.map((column) => `"${column}"`).join(", ")})
  FROM STDIN (FORMAT binary)`;

// Room for a row's fixed fields and headers, besides its raw bytes, subject and body.
const ROW_OVERHEAD_BYTES = 512;
// What one attachment's JSON (name, type, size, offsets) takes, about.
const ATTACHMENT_JSON_BYTES = 160;
// Text is mostly ASCII; a body in Cyrillic or CJK takes two or three bytes a character.
const UTF8_BYTES_PER_CHARACTER = 1.2;

function estimatedBytes(fresh: IncomingMessage[]): number {
  let bytes = 0;
  for (const message of fresh) {
    const text = message.text.length + message.subject.length;
    bytes += ROW_OVERHEAD_BYTES + message.raw.length + Math.ceil(text * UTF8_BYTES_PER_CHARACTER);
    bytes += message.attachments.length * ATTACHMENT_JSON_BYTES;
    for (const id of message.inReplyTo) bytes += 4 + id.length;
    for (const id of message.references) bytes += 4 + id.length;
  }
  return bytes;
}

export async function copyMessages(
  client: pg.PoolClient,
  listId: number,
  fresh: IncomingMessage[],
  threading: Threading,
  authorIdOf: (message: IncomingMessage) => number,
): Promise<void> {
  const writer = new BinaryCopyWriter(estimatedBytes(fresh));
  for (const message of fresh) {
    const member = threading.members.get(message.messageId) as Member;
    writer
      .row(COLUMNS.length)
      .int4(member.id)
      .int4(listId)
      .text(message.messageId)
      .int4(threading.threadOf.get(message.messageId) as number)
      .int4(parentIdOf(threading, message.messageId))
      .textArray(message.inReplyTo)
      .textArray(message.references)
      .int4(authorIdOf(message))
      .timestamptz(sentAtOf(message))
      .int4(message.utcOffsetMinutes)
      .text(message.dateSource)
      .text(message.subject)
      .text(message.text)
      .bytea(message.raw)
      .bool(isAwaiting(threading, member))
      .textArray(message.flags)
      .bytea(message.contentHash)
      .jsonb(JSON.stringify(message.attachments));
  }

  const copy = client.query(copyFrom(COPY_MESSAGES));
  await pipeline(Readable.from([writer.finish()]), copy);
}

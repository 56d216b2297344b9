import { UNKNOWN_SENDER } from "@/lib/archive/unknown-sender";
import { db } from "@/lib/db/client";
import {
  afterCursor,
  EXPORT_PAGE_SIZE,
  type ExportRow,
  mboxStream,
} from "@/lib/export/mbox-stream";
import { notFound } from "@/lib/http/errors";

export interface MboxExport {
  filename: string;
  stream: ReadableStream<Uint8Array>;
}

/**
 * A thread as mboxrd, oldest message first; throws "not found" for an unknown thread. Messages
 * a moderator hid are left out: an export must not undo the hiding.
 */
export async function exportThreadMbox(threadId: number): Promise<MboxExport> {
  const thread = await db().thread.findUnique({ where: { id: threadId }, select: { id: true } });
  if (!thread) throw notFound(`thread ${threadId}`);

  const stream = mboxStream(async (after) => {
    const rows = await db().message.findMany({
      where: { threadId, hiddenAt: null, ...afterCursor(after) },
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      take: EXPORT_PAGE_SIZE,
      select: { id: true, sentAt: true, raw: true, author: { select: { address: true } } },
    });
    return rows.map(toExportRow);
  });
  return { filename: `thread-${threadId}.mbox`, stream };
}

export function toExportRow(row: {
  id: number;
  sentAt: Date;
  raw: Uint8Array;
  author: { address: string };
}): ExportRow {
  const sender = row.author.address === UNKNOWN_SENDER ? null : row.author.address;
  return { id: row.id, raw: row.raw, sender, date: row.sentAt };
}

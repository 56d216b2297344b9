import { type MboxMessage, mboxrdEntry } from "@/lib/export/mboxrd";

// An export is read from the database a page at a time and handed to the response as it goes,
// so that a list of a million messages never sits in memory as one string: the stream asks for
// the next page only when the reader has taken the last one.

/** How many messages one query fetches: a few MB of raw mail. */
export const EXPORT_PAGE_SIZE = 200;

export interface Cursor {
  sentAt: Date;
  id: number;
}

export interface ExportRow extends MboxMessage {
  id: number;
}

/** A stream of mboxrd entries from `fetchPage`, which returns rows after a (sentAt, id). */
export function mboxStream(
  fetchPage: (after: Cursor | null) => Promise<ExportRow[]>,
): ReadableStream<Uint8Array> {
  let after: Cursor | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const rows = await fetchPage(after);
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const last = rows.at(-1) as ExportRow;
      after = { sentAt: last.date, id: last.id };
      controller.enqueue(Buffer.concat(rows.map(mboxrdEntry)));
    },
  });
}

/** The Prisma condition for rows after a cursor in (sentAt, id) order. */
export function afterCursor(after: Cursor | null) {
  if (after === null) return {};
  return {
    OR: [{ sentAt: { gt: after.sentAt } }, { sentAt: after.sentAt, id: { gt: after.id } }],
  };
}

import { db } from "@/lib/db/client";
import { type MboxExport, toExportRow } from "@/lib/export/export-thread";
import { afterCursor, EXPORT_PAGE_SIZE, mboxStream } from "@/lib/export/mbox-stream";
import { notFound } from "@/lib/http/errors";

/** Which part of a list's archive to export: messages sent in [from, to). */
export interface ExportRange {
  from?: Date;
  to?: Date;
}

/** A list's archive as mboxrd, oldest first, hidden messages left out; "not found" for no list. */
export async function exportListMbox(address: string, range: ExportRange): Promise<MboxExport> {
  const list = await db().mailingList.findUnique({
    where: { address },
    select: { id: true, name: true },
  });
  if (!list) throw notFound(`list ${address}`);

  const sentAt = { ...(range.from && { gte: range.from }), ...(range.to && { lt: range.to }) };
  const stream = mboxStream(async (after) => {
    const rows = await db().message.findMany({
      where: { AND: [{ listId: list.id, sentAt, hiddenAt: null }, afterCursor(after)] },
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      take: EXPORT_PAGE_SIZE,
      select: { id: true, sentAt: true, raw: true, author: { select: { address: true } } },
    });
    return rows.map(toExportRow);
  });
  return { filename: `${fileSafe(list.name)}${rangeSuffix(range)}.mbox`, stream };
}

function rangeSuffix(range: ExportRange): string {
  const day = (date: Date | undefined) => date?.toISOString().slice(0, 10) ?? "";
  return range.from || range.to ? `-${day(range.from)}--${day(range.to)}` : "";
}

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_") || "list";
}

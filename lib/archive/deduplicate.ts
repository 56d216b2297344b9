// Which messages of a batch the list already holds. A Message-ID is stored once per list, and
// a message arriving again with it is a duplicate when its content hash matches (or the stored
// copy has none to compare). With another hash, the same id names a different message, which
// happens when a client or a list server reuses ids: both are kept, the later one under an id
// derived from its hash, and both are flagged. Derived ids make a second import of the same file
// find every message again, so importing twice adds nothing.
import type pg from "pg";
import type { IncomingMessage } from "@/lib/archive/store-batch";

/** Set on both messages when one Message-ID names two different messages in a list. */
export const DUPLICATE_ID_FLAG = "duplicate-message-id";

// 64 bits of the content hash: far more than two messages sharing one id ever need.
const DERIVED_HASH_HEX = 16;

/** The id a second, different message with `messageId` is stored under. */
export function duplicateMessageId(messageId: string, contentHash: Buffer): string {
  return `dup-${contentHash.toString("hex").slice(0, DERIVED_HASH_HEX)}.${messageId}`;
}

export interface SortedBatch {
  /** messages to store, in batch order, with their final ids and flags */
  fresh: IncomingMessage[];
  duplicates: number;
  /** ids already stored that turned out to be shared with a different message */
  flagStored: string[];
}

export async function sortOutDuplicates(
  client: pg.PoolClient,
  listId: number,
  batch: IncomingMessage[],
): Promise<SortedBatch> {
  const candidates = batch.flatMap((message) => [
    message.messageId,
    duplicateMessageId(message.messageId, message.contentHash),
  ]);
  const { rows } = await client.query<{ messageId: string; contentHash: Buffer | null }>(
    `SELECT "messageId", "contentHash" FROM message
      WHERE "listId" = $1 AND "messageId" = ANY($2::text[])`,
    [listId, candidates],
  );

  const stored = new Map(rows.map((row) => [row.messageId, row.contentHash]));
  const seen = new Map<string, Buffer | null>(stored);
  const freshById = new Map<string, IncomingMessage>();
  const flagStored = new Set<string>();
  let duplicates = 0;

  for (const message of batch) {
    const known = seen.get(message.messageId);
    if (known === undefined) {
      seen.set(message.messageId, message.contentHash);
      freshById.set(message.messageId, message);
      continue;
    }
    if (known === null || known.equals(message.contentHash)) {
      duplicates += 1;
      continue;
    }

    const derived = duplicateMessageId(message.messageId, message.contentHash);
    if (seen.has(derived)) {
      duplicates += 1;
      continue;
    }
    seen.set(derived, message.contentHash);
    freshById.set(derived, { ...message, messageId: derived, flags: withFlag(message.flags) });

    const first = freshById.get(message.messageId);
    if (first) first.flags = withFlag(first.flags);
    else if (stored.has(message.messageId)) flagStored.add(message.messageId);
  }

  return { fresh: [...freshById.values()], duplicates, flagStored: [...flagStored] };
}

/** Flags the stored messages whose Message-ID a message of this batch shares. */
export async function flagStoredDuplicates(
  client: pg.PoolClient,
  listId: number,
  messageIds: string[],
): Promise<void> {
  if (messageIds.length === 0) return;
  await client.query(
    `UPDATE message SET flags = array_append(coalesce(flags, '{}'), $3)
      WHERE "listId" = $1 AND "messageId" = ANY($2::text[]) AND NOT ($3 = ANY(coalesce(flags, '{}')))`,
    [listId, messageIds, DUPLICATE_ID_FLAG],
  );
}

function withFlag(flags: string[]): string[] {
  return flags.includes(DUPLICATE_ID_FLAG) ? flags : [...flags, DUPLICATE_ID_FLAG].sort();
}

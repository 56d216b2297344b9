// A message of the mbox as the importer stores it: parsed, with an id whatever happens, and the
// importer's own flags beside the parser's.
import type { IncomingMessage } from "@/lib/archive/store-batch";
import { parseMessage } from "@/lib/mail/parse";

/** Set on a message that had no Message-ID; its id was derived from its content. */
export const DERIVED_ID_FLAG = "message-id-derived";

/** A parsed message without its raw bytes, which stay with the reader of the mbox. */
export type ParsedEntry = Omit<IncomingMessage, "raw">;

export type ParseOutcome = { ok: true; message: ParsedEntry } | { ok: false; reason: string };

export async function parseEntry(raw: Buffer, envelope: string): Promise<ParseOutcome> {
  try {
    const parsed = await parseMessage(raw, { envelope });
    const flags: string[] = [...parsed.flags];
    if (parsed.messageId === null) flags.push(DERIVED_ID_FLAG);
    return {
      ok: true,
      message: {
        ...parsed,
        messageId: parsed.messageId ?? derivedMessageId(parsed.contentHash),
        flags: flags.sort(),
      },
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/**
 * A message without a Message-ID gets one derived from its content hash: importing the same
 * mail again finds the same id, and two different messages never share one.
 */
export function derivedMessageId(contentHash: Buffer): string {
  return `sha256-${contentHash.toString("hex").slice(0, 40)}@quorum.invalid`;
}

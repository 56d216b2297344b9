// A message of the mbox as the importer stores it: parsed, with an id whatever happens, text that
// PostgreSQL can hold, and the importer's own flags beside the parser's.
import type { IncomingMessage } from "@/lib/archive/store-batch";
import { type ParsedMessage, parseMessage } from "@/lib/mail/parse";

/** Set on a message that had no Message-ID; its id was derived from its content. */
export const DERIVED_ID_FLAG = "message-id-derived";

/** A parsed message without its raw bytes, which stay with the reader of the mbox. */
export type ParsedEntry = Omit<IncomingMessage, "raw">;

export type ParseOutcome = { ok: true; message: ParsedEntry } | { ok: false; reason: string };

// RFC 5322 limits a header line to 998 characters, and a B-tree index entry holds at most 2,704
// bytes: a Message-ID or a sender's address longer than this is not real mail, and would fail
// the unique index of the whole batch it came in.
export const MAX_IDENTIFIER_BYTES = 998;

const NUL = "\u0000";

export async function parseEntry(raw: Buffer, envelope: string): Promise<ParseOutcome> {
  let parsed: ParsedMessage;
  try {
    parsed = await parseMessage(raw, { envelope });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }

  const messageId = parsed.messageId === null ? null : storable(parsed.messageId);
  const address = parsed.from.address === null ? null : storable(parsed.from.address);
  const tooLong = [
    { what: "Message-ID", value: messageId },
    { what: "From address", value: address },
  ].find(({ value }) => value !== null && Buffer.byteLength(value) > MAX_IDENTIFIER_BYTES);
  if (tooLong) {
    const bytes = Buffer.byteLength(tooLong.value ?? "");
    return {
      ok: false,
      reason: `its ${tooLong.what} is ${bytes} bytes long, more than the ${MAX_IDENTIFIER_BYTES} a header line holds`,
    };
  }

  const flags: string[] = [...parsed.flags];
  if (messageId === null) flags.push(DERIVED_ID_FLAG);
  return {
    ok: true,
    message: {
      ...parsed,
      messageId: messageId ?? derivedMessageId(parsed.contentHash),
      inReplyTo: parsed.inReplyTo.map(storable),
      references: parsed.references.map(storable),
      subject: storable(parsed.subject),
      from: { name: parsed.from.name === null ? null : storable(parsed.from.name), address },
      text: storable(parsed.text),
      attachments: parsed.attachments.map((attachment) => ({
        ...attachment,
        name: attachment.name === null ? null : storable(attachment.name),
        contentType: storable(attachment.contentType),
      })),
      flags: flags.sort(),
    },
  };
}

/** PostgreSQL text (and JSON) cannot hold NUL, which broken mail does contain: U+FFFD stands in. */
function storable(text: string): string {
  return text.includes(NUL) ? text.replaceAll(NUL, "\uFFFD") : text;
}

/**
 * A message without a Message-ID gets one derived from its content hash: importing the same
 * mail again finds the same id, and two different messages never share one.
 */
export function derivedMessageId(contentHash: Buffer): string {
  return `sha256-${contentHash.toString("hex").slice(0, 40)}@quorum.invalid`;
}

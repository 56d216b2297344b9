import { AppError } from "@/lib/http/errors";

// The paths under /m/ that name a message by its Message-ID:
//   /m/<id>                    the message in its thread (a redirect)
//   /m/<id>/raw                the message as stored
//   /m/<id>/attachments/<n>    its n-th attachment, counted from 0
// The id is one URL-encoded segment (encodeURIComponent, so its own "/" is "%2F"). Older links
// with the id's slashes written as they are still work: the segments are joined again. A
// final "raw" or "attachments/<n>" is therefore always a view, never the end of an id, which
// costs nothing: a Message-ID ends in its domain ("...@example.org").

const PREFIX = "/m/";
const RAW = "raw";
const ATTACHMENTS = "attachments";
const INDEX = /^\d{1,6}$/;

export type MessagePath =
  | { messageId: string; view: "thread" }
  | { messageId: string; view: "raw" }
  | { messageId: string; view: "attachment"; index: number };

/** Reads a pathname as it arrived, still percent-encoded: "/m/abc%40example.org/raw". */
export function parseMessagePath(pathname: string): MessagePath {
  const segments = pathname.slice(PREFIX.length).split("/");
  const last = segments.at(-1) ?? "";

  if (segments.length > 1 && last === RAW) {
    return { messageId: messageIdOf(segments.slice(0, -1)), view: "raw" };
  }
  if (segments.length > 2 && segments.at(-2) === ATTACHMENTS) {
    if (!INDEX.test(last)) {
      throw new AppError("invalid", "an attachment's number must be a whole number from 0");
    }
    return {
      messageId: messageIdOf(segments.slice(0, -2)),
      view: "attachment",
      index: Number(last),
    };
  }
  return { messageId: messageIdOf(segments), view: "thread" };
}

/** The path of a message, or of its raw form or an attachment: safe for any Message-ID. */
export function messagePath(
  messageId: string,
  view: { raw: true } | { attachment: number } | null = null,
): string {
  const base = `${PREFIX}${encodeURIComponent(messageId)}`;
  if (view === null) return base;
  return "raw" in view ? `${base}/${RAW}` : `${base}/${ATTACHMENTS}/${view.attachment}`;
}

function messageIdOf(segments: string[]): string {
  let decoded: string;
  try {
    decoded = segments.map(decodeURIComponent).join("/");
  } catch {
    throw new AppError("invalid", "the Message-ID in the link is not validly URL-encoded");
  }
  const bare = decoded.trim().replace(/^<|>$/g, "");
  if (bare === "") throw new AppError("invalid", "the link names no Message-ID");
  return bare;
}

// GET /m/<Message-ID> — redirects to the message in its thread.
// GET /m/<Message-ID>/raw — the message as stored, for signed-in members.
// GET /m/<Message-ID>/attachments/<n> — its n-th attachment (from 0), for signed-in members.
// The id is URL-encoded; lib/export/message-path.ts says how the paths are told apart.
import { NextResponse } from "next/server";
import {
  contentDisposition,
  safeContentType,
  UNTRUSTED_CONTENT_HEADERS,
} from "@/lib/export/content-disposition";
import { getAttachment, getRawMessage } from "@/lib/export/get-raw-message";
import { requireMailExportReader } from "@/lib/export/mail-export-access";
import { parseMessagePath } from "@/lib/export/message-path";
import { handle } from "@/lib/http/errors";
import { locateMessage } from "@/lib/threads/locate-message";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  // The path as it arrived, still encoded: Next.js decodes the segments of a catch-all, which
  // would make an id's own "%2F" look like a separator.
  const path = parseMessagePath(new URL(request.url).pathname);

  if (path.view === "thread") {
    const { threadId, anchor } = await locateMessage(path.messageId);
    return NextResponse.redirect(new URL(`/threads/${threadId}#${anchor}`, request.url), 303);
  }

  await requireMailExportReader(request);
  if (path.view === "raw") {
    const message = await getRawMessage(path.messageId);
    return new Response(new Uint8Array(message.raw), {
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Disposition": contentDisposition(
          "inline",
          `${message.messageId}.eml`,
          "message.eml",
        ),
        ...UNTRUSTED_CONTENT_HEADERS,
      },
    });
  }

  const attachment = await getAttachment(path.messageId, path.index);
  return new Response(new Uint8Array(attachment.bytes), {
    headers: {
      "Content-Type": safeContentType(attachment.contentType),
      "Content-Disposition": contentDisposition(
        "attachment",
        attachment.name,
        `attachment-${path.index}`,
      ),
      ...UNTRUSTED_CONTENT_HEADERS,
    },
  });
});

// GET /m/<Message-ID> — redirects to the message in its thread.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { locateMessage } from "@/lib/threads/locate-message";

export const GET = handle(
  async (request: Request, context: { params: Promise<{ messageId: string[] }> }) => {
    // A Message-ID may itself contain "/", which splits it into several segments; Next.js has
    // already decoded each one, so decoding again would break ids that hold a "%".
    const messageId = (await context.params).messageId.join("/");
    const { threadId, anchor } = await locateMessage(messageId);
    return NextResponse.redirect(new URL(`/threads/${threadId}#${anchor}`, request.url), 303);
  },
);

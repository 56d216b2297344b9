// POST /api/threads/<id>/messages — a member replies: { "inReplyTo": "<Message-ID>", "body": "…" }.
// Answers 201 { message: { id, messageId, url } }; a locked thread answers 409 "closed".
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { replyInputSchema } from "@/lib/discussions/message-input";
import { postReply } from "@/lib/discussions/post-reply";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { REPLIES_PER_USER } from "@/lib/rate-limit/rules";
import { messageAnchor } from "@/lib/threads/locate-message";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "reply");
    const threadId = parseParam(idSchema, (await context.params).id, "id");
    const input = await parseJsonBody(request, replyInputSchema);
    await consumeRateLimit(actor.userId, REPLIES_PER_USER);

    const reply = await postReply(actor, threadId, input, await now());
    return NextResponse.json(
      {
        message: {
          id: reply.id,
          messageId: reply.messageId,
          url: `/threads/${threadId}#${messageAnchor(reply.id)}`,
        },
      },
      { status: 201 },
    );
  },
);

// GET /api/threads/<id> — one thread with its messages in thread order.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { getThread } from "@/lib/threads/get-thread";
import { ANONYMOUS } from "@/lib/threads/viewer";

export const dynamic = "force-dynamic";

export const GET = handle(
  async (_request: Request, context: { params: Promise<{ id: string }> }) => {
    const id = parseParam(idSchema, (await context.params).id, "id");
    const thread = await getThread(id, ANONYMOUS);
    return NextResponse.json({
      id: thread.id,
      subject: thread.subject,
      list: thread.list.address,
      proposalId: thread.proposal?.id ?? null,
      locked: thread.lockedAt !== null,
      messages: thread.messages.map((message) => ({
        messageId: message.messageId,
        parentMessageId: message.parentMessageId,
        depth: message.depth,
        author: { name: message.author.name },
        date: message.date.toISOString(),
        subject: message.subject,
        text: message.text,
        format: message.format,
        hidden: message.hidden !== "no",
        editedAt: message.editedAt?.toISOString() ?? null,
      })),
    });
  },
);

// PATCH /api/messages/<id> — the author edits their board message: { "body": "…" }, within the
// edit window. <id> is the number in the message's anchor (#m-<id>).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { editMessage } from "@/lib/discussions/edit-message";
import { messageBodySchema } from "@/lib/discussions/message-input";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const PATCH = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "editOwnMessage");
    const id = parseParam(idSchema, (await context.params).id, "id");
    const { body } = await parseJsonBody(request, z.object({ body: messageBodySchema }));

    const edited = await editMessage(actor, id, body, await now());
    return NextResponse.json({
      message: {
        id: edited.id,
        threadId: edited.threadId,
        editedAt: edited.editedAt.toISOString(),
      },
    });
  },
);

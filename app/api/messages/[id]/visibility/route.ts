// POST /api/messages/<id>/visibility — an admin hides or shows a message:
// { "hidden": true, "reason": "…" }. <id> is the number in the message's anchor (#m-<id>).
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { moderationInputSchema } from "@/lib/discussions/moderation-input";
import { setMessageHidden } from "@/lib/discussions/set-message-hidden";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "moderate");
    const id = parseParam(idSchema, (await context.params).id, "id");
    const input = await parseJsonBody(request, moderationInputSchema("hidden"));

    const message = await setMessageHidden(actor, id, input.hidden, input.reason, await now());
    return NextResponse.json({ message });
  },
);

// POST /api/threads/<id>/lock — an admin locks or unlocks a thread: { "locked": true, "reason": "…" }.
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { moderationInputSchema } from "@/lib/discussions/moderation-input";
import { setThreadLock } from "@/lib/discussions/set-thread-lock";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "moderate");
    const threadId = parseParam(idSchema, (await context.params).id, "id");
    const input = await parseJsonBody(request, moderationInputSchema("locked"));

    const thread = await setThreadLock(actor, threadId, input.locked, input.reason, await now());
    return NextResponse.json({ thread });
  },
);

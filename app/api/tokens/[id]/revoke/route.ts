// POST /api/tokens/<id>/revoke — revokes one of the caller's tokens; it stops working at once.
import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/actor";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { apiTokenJson } from "@/lib/tokens/api-token-view";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const dynamic = "force-dynamic";

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "manageOwnTokens");
    const id = parseParam(idSchema, (await context.params).id, "id");

    const token = await revokeApiToken(actor.userId, id);
    return NextResponse.json({ token: apiTokenJson(token) });
  },
);

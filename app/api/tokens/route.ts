// GET /api/tokens — the caller's API tokens, without their secrets.
// POST /api/tokens — creates one: { "name": "nightly import" }; answers 201 with the secret, once.
// Both from a signed-in browser session only (see the policy).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { API_TOKENS_PER_USER } from "@/lib/rate-limit/rules";
import { apiTokenNameSchema } from "@/lib/tokens/api-token-name";
import { apiTokenJson } from "@/lib/tokens/api-token-view";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { findApiTokens } from "@/lib/tokens/find-api-tokens";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const actor = await requireActor(request, "manageOwnTokens");
  const tokens = await findApiTokens(actor.userId);
  return NextResponse.json({ tokens: tokens.map(apiTokenJson) });
});

export const POST = handle(async (request: Request) => {
  const actor = await requireActor(request, "manageOwnTokens");
  const { name } = await parseJsonBody(request, z.object({ name: apiTokenNameSchema }));
  await consumeRateLimit(actor.userId, API_TOKENS_PER_USER);

  const { token, secret } = await createApiToken(actor.userId, name);
  return NextResponse.json({ token: apiTokenJson(token), secret }, { status: 201 });
});

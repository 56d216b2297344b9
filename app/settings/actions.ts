"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { type ActionState, actionState } from "@/lib/http/action-state";
import { invalidInput } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { API_TOKENS_PER_USER } from "@/lib/rate-limit/rules";
import { apiTokenNameSchema } from "@/lib/tokens/api-token-name";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

/** Creates a token and hands its secret to the form, the only time anyone sees it. */
export async function createTokenAction(
  _previous: ActionState<{ name: string; secret: string }>,
  form: FormData,
): Promise<ActionState<{ name: string; secret: string }>> {
  return actionState(async () => {
    const actor = await requireSessionActor("manageOwnTokens");
    const parsed = z.object({ name: apiTokenNameSchema }).safeParse({ name: form.get("name") });
    if (!parsed.success) throw invalidInput(parsed.error);
    await consumeRateLimit(actor.userId, API_TOKENS_PER_USER);

    const { token, secret } = await createApiToken(actor.userId, parsed.data.name);
    revalidatePath("/settings");
    return { name: token.name, secret };
  });
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await requireSessionActor("manageOwnTokens");
  const id = idSchema.parse(form.get("id"));
  await revokeApiToken(actor.userId, id);
  revalidatePath("/settings");
}

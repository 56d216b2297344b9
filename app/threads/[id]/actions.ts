"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ComposerState } from "@/components/MessageComposer";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { now } from "@/lib/clock";
import { editMessage } from "@/lib/discussions/edit-message";
import { messageBodySchema, replyInputSchema } from "@/lib/discussions/message-input";
import { moderationInputSchema } from "@/lib/discussions/moderation-input";
import { postReply } from "@/lib/discussions/post-reply";
import { setMessageHidden } from "@/lib/discussions/set-message-hidden";
import { setThreadLock } from "@/lib/discussions/set-thread-lock";
import { AppError, invalidInput } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { REPLIES_PER_USER } from "@/lib/rate-limit/rules";
import { messageAnchor } from "@/lib/threads/locate-message";

// The composer's server actions answer with the error and the body typed, so that nothing a
// member wrote is lost to a refusal; on success they go to the message in its thread.
async function composed(
  form: FormData,
  work: (body: string) => Promise<string>,
): Promise<ComposerState> {
  const body = String(form.get("body") ?? "");
  let location: string;
  try {
    location = await work(body);
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, body };
    throw error;
  }
  redirect(location);
}

export async function replyAction(
  threadId: number,
  _state: ComposerState,
  form: FormData,
): Promise<ComposerState> {
  return composed(form, async (body) => {
    const actor = await requireSessionActor("reply");
    const parsed = replyInputSchema.safeParse({ inReplyTo: form.get("inReplyTo"), body });
    if (!parsed.success) throw invalidInput(parsed.error);
    await consumeRateLimit(actor.userId, REPLIES_PER_USER);
    const reply = await postReply(actor, threadId, parsed.data, await now());
    return `/threads/${threadId}#${messageAnchor(reply.id)}`;
  });
}

export async function editAction(
  messageRowId: number,
  _state: ComposerState,
  form: FormData,
): Promise<ComposerState> {
  return composed(form, async (body) => {
    const actor = await requireSessionActor("editOwnMessage");
    const parsed = z.object({ body: messageBodySchema }).safeParse({ body });
    if (!parsed.success) throw invalidInput(parsed.error);
    const edited = await editMessage(actor, messageRowId, parsed.data.body, await now());
    return `/threads/${edited.threadId}#${messageAnchor(edited.id)}`;
  });
}

/**
 * Moderation buttons: plain form posts with a reason that come back to the page they were
 * pressed on. The browser refuses an empty or long reason before sending (required, maxlength);
 * the schema refuses it again here, as it does for the API.
 */
export async function hideMessageAction(
  messageRowId: number,
  hidden: boolean,
  returnTo: string,
  form: FormData,
): Promise<void> {
  const actor = await requireSessionActor("moderate");
  const parsed = moderationInputSchema("hidden").safeParse({ hidden, reason: form.get("reason") });
  if (!parsed.success) throw invalidInput(parsed.error);
  await setMessageHidden(actor, messageRowId, hidden, parsed.data.reason, await now());
  // The page may already be at this address (a permalink's #m-…), which a redirect alone would
  // treat as a jump within the page and not render again.
  revalidatePath(returnTo);
  redirect(`${returnTo}#${messageAnchor(messageRowId)}`);
}

export async function lockThreadAction(
  threadId: number,
  locked: boolean,
  returnTo: string,
  form: FormData,
): Promise<void> {
  const actor = await requireSessionActor("moderate");
  const parsed = moderationInputSchema("locked").safeParse({ locked, reason: form.get("reason") });
  if (!parsed.success) throw invalidInput(parsed.error);
  await setThreadLock(actor, threadId, locked, parsed.data.reason, await now());
  revalidatePath(returnTo);
  redirect(returnTo);
}

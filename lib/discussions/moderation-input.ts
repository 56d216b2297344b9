// What a moderation request carries: the new state and the reason, which the record keeps and
// readers are shown. One schema for the buttons on the thread and the API.
import { z } from "zod";
import { MAX_REASON_LENGTH } from "@/lib/discussions/limits";

const REASON_REQUIRED = `is required: say why, in at most ${MAX_REASON_LENGTH} characters`;

export const moderationReasonSchema = z
  .string({ error: REASON_REQUIRED })
  .trim()
  .min(1, REASON_REQUIRED)
  .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`);

export function moderationInputSchema<K extends "hidden" | "locked">(state: K) {
  return z.object({
    [state]: z.boolean({ error: "must be true or false" }),
    reason: moderationReasonSchema,
  } as { [P in K]: z.ZodBoolean } & { reason: typeof moderationReasonSchema });
}

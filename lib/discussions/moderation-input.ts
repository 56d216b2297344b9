// What a moderation request carries: the new state and an optional reason for the record.
import { z } from "zod";
import { MAX_REASON_LENGTH } from "@/lib/discussions/limits";

const reasonSchema = z
  .string()
  .trim()
  .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`)
  .default("");

export function moderationInputSchema<K extends "hidden" | "locked">(state: K) {
  return z.object({
    [state]: z.boolean({ error: "must be true or false" }),
    reason: reasonSchema,
  } as { [P in K]: z.ZodBoolean } & { reason: typeof reasonSchema });
}

// The body of a message written on the board, and a reply to one: one schema shared by the
// reply form, the edit form and POST /api/threads/<id>/messages.
import { z } from "zod";
import { MAX_BODY_LENGTH, MAX_QUOTE_DEPTH } from "@/lib/discussions/limits";

/** How many `>` markers open the most deeply quoted line of `text` (spaces between allowed). */
export function quoteDepth(text: string): number {
  let deepest = 0;
  for (const line of text.split("\n")) {
    const markers = /^(?:\s*>)+/.exec(line)?.[0] ?? "";
    deepest = Math.max(deepest, markers.split(">").length - 1);
  }
  return deepest;
}

export const messageBodySchema = z
  .string({ error: "is required" })
  .refine((body) => body.trim().length > 0, "must not be empty")
  .refine(
    (body) => body.length <= MAX_BODY_LENGTH,
    `must be at most ${MAX_BODY_LENGTH.toLocaleString("en")} characters`,
  )
  .refine(
    (body) => quoteDepth(body) <= MAX_QUOTE_DEPTH,
    `must not quote more than ${MAX_QUOTE_DEPTH} levels deep (lines starting with ${">".repeat(MAX_QUOTE_DEPTH + 1)})`,
  );

export const replyInputSchema = z.object({
  /** The Message-ID of the message answered, with or without angle brackets. */
  inReplyTo: z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(998, "is longer than any Message-ID can be")
    .transform((id) => id.replace(/^<|>$/g, "")),
  body: messageBodySchema,
});

export type ReplyInput = z.infer<typeof replyInputSchema>;

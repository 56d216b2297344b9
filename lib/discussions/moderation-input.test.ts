import { describe, expect, it } from "vitest";
import { MAX_REASON_LENGTH } from "@/lib/discussions/limits";
import { moderationInputSchema } from "@/lib/discussions/moderation-input";

describe("moderationInputSchema", () => {
  it("takes the new state and a trimmed reason", () => {
    const parsed = moderationInputSchema("locked").parse({ locked: true, reason: " Flame war. " });
    expect(parsed).toEqual({ locked: true, reason: "Flame war." });
  });

  it("refuses a missing, blank or long reason, quoting the limit", () => {
    const messageOf = (reason: unknown) =>
      moderationInputSchema("hidden").safeParse({ hidden: true, reason }).error?.issues[0]?.message;
    const required = `is required: say why, in at most ${MAX_REASON_LENGTH} characters`;
    expect(messageOf(undefined)).toBe(required);
    expect(messageOf("   ")).toBe(required);
    expect(messageOf("x".repeat(MAX_REASON_LENGTH))).toBeUndefined();
    expect(messageOf("x".repeat(MAX_REASON_LENGTH + 1))).toBe(
      `must be at most ${MAX_REASON_LENGTH} characters`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { MAX_BODY_LENGTH, MAX_QUOTE_DEPTH } from "@/lib/discussions/limits";
import { quoteDepth, replyInputSchema } from "@/lib/discussions/message-input";

describe("quoteDepth", () => {
  it("counts > markers, with or without spaces between them", () => {
    expect(quoteDepth("no quote")).toBe(0);
    expect(quoteDepth("> one\n>> two\n> > > three")).toBe(3);
  });
});

describe("replyInputSchema", () => {
  it("takes a Message-ID with or without angle brackets", () => {
    const parsed = replyInputSchema.parse({ inReplyTo: " <a@b> ", body: "Yes." });
    expect(parsed.inReplyTo).toBe("a@b");
  });

  it("refuses an empty body, a long one and deep quoting, quoting the limits", () => {
    const messageOf = (body: string) =>
      replyInputSchema.safeParse({ inReplyTo: "a@b", body }).error?.issues[0]?.message;

    expect(messageOf("  \n")).toBe("must not be empty");
    expect(messageOf("x".repeat(MAX_BODY_LENGTH + 1))).toBe(
      `must be at most ${MAX_BODY_LENGTH.toLocaleString("en")} characters`,
    );
    expect(messageOf(`${">".repeat(MAX_QUOTE_DEPTH + 1)} deep`)).toContain(
      `more than ${MAX_QUOTE_DEPTH} levels`,
    );
    expect(messageOf(`${">".repeat(MAX_QUOTE_DEPTH)} deep enough`)).toBeUndefined();
  });
});

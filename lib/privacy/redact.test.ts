import { describe, expect, it } from "vitest";
import { fallbackName, redactAddresses } from "@/lib/privacy/redact";

describe("redactAddresses", () => {
  it("keeps the local part and hides the domain", () => {
    expect(redactAddresses("On Tue, Jane <jane.doe@example.org> wrote:")).toBe(
      "On Tue, Jane <jane.doe@…> wrote:",
    );
  });

  it("leaves text without addresses alone", () => {
    expect(redactAddresses("see https://example.org/a@b for details")).toBe(
      "see https://example.org/a@b for details",
    );
  });
});

describe("fallbackName", () => {
  it("uses the local part of an address", () => {
    expect(fallbackName("jane@example.org")).toBe("jane");
  });
});

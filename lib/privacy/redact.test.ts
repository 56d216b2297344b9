import { describe, expect, it } from "vitest";
import { fallbackName, redactAddresses } from "@/lib/privacy/redact";

describe("redactAddresses", () => {
  it("keeps the local part and hides the domain", () => {
    expect(redactAddresses("On Tue, Jane <jane.doe@example.org> wrote:")).toBe(
      "On Tue, Jane <jane.doe@…> wrote:",
    );
  });

  it.each([
    ["secret.person@private-domain.org", "secret.person@…"],
    ["bob@例え.jp", "bob@…"],
    ["root@localhost", "root@…"],
    ["admin@[10.0.0.1]", "admin@…"],
    ["łukasz@przykład.pl", "łukasz@…"],
  ])("hides %s", (address, shown) => {
    expect(redactAddresses(`write to ${address} now`)).toBe(`write to ${shown} now`);
  });

  it("leaves text without addresses alone", () => {
    expect(redactAddresses("see https://example.org/a for details, 5 @ 3")).toBe(
      "see https://example.org/a for details, 5 @ 3",
    );
  });
});

describe("fallbackName", () => {
  it("uses the local part of an address", () => {
    expect(fallbackName("jane@example.org")).toBe("jane");
  });
});

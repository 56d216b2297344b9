import { describe, expect, it } from "vitest";
import { type Actor, authorize, can } from "@/lib/auth/policy";

const actor = (roles: Actor["roles"], via: Actor["via"] = "session"): Actor => ({
  userId: "u1",
  name: null,
  email: "u1@example.org",
  roles,
  via,
});

describe("the policy", () => {
  it("lets each role do what it needs, and nothing it does not hold", () => {
    expect(can(actor(["member", "trusted"]), "vote")).toBe(true);
    expect(can(actor(["member", "maintainer"]), "vote")).toBe(false);
    expect(can(actor(["member"]), "reply")).toBe(true);
    expect(can(null, "seeAddresses")).toBe(false);
  });

  it("answers nobody with 401 and the wrong role with 403, saying what is needed", () => {
    expect(() => authorize(null, "vote")).toThrow(
      expect.objectContaining({ kind: "unauthenticated", message: "sign in to vote" }),
    );
    expect(() => authorize(actor(["member"]), "manageRoles")).toThrow(
      expect.objectContaining({
        kind: "forbidden",
        message: "only admins may change users' roles",
      }),
    );
  });

  it("keeps token management to browser sessions", () => {
    expect(can(actor(["member"], "session"), "manageOwnTokens")).toBe(true);
    expect(() => authorize(actor(["member"], "token"), "manageOwnTokens")).toThrow(
      expect.objectContaining({ kind: "forbidden" }),
    );
  });
});

import { describe, expect, it } from "vitest";
import { hasReplyPrefix, normalizeSubject } from "./subject";

describe("normalizeSubject", () => {
  it("removes the reply prefix and list tag and unfolds, keeping a trailing tag", () => {
    expect(
      normalizeSubject(
        "Re: [arch-dev-public] Bringing Multipath TCP kernel (linux-mptcp) to\n [community]",
      ),
    ).toBe("Bringing Multipath TCP kernel (linux-mptcp) to [community]");
  });

  it.each([
    ["RE: re: Re: x", "x"],
    ["Fwd: Re: [list] Re: [list] x", "x"],
    ["[list] Re: Fw: x", "x"],
    ["AW: WG: SV: VS: Antw: x", "x"],
    ["Re[2]: x", "x"],
    ["Re^3: x", "x"],
    ["Re(2): x", "x"],
    ["Re : x", "x"],
    ["  x \t y  ", "x y"],
    ["Re: x: Re: y", "x: Re: y"],
    ["Reply needed: x", "Reply needed: x"],
    ["Revisiting x", "Revisiting x"],
    ["[RFC PATCH 2/3] x", "[RFC PATCH 2/3] x"],
    ["Re:", ""],
    ["", ""],
  ])("normalises %j to %j", (subject, expected) => {
    expect(normalizeSubject(subject)).toBe(expected);
  });
});

describe("hasReplyPrefix", () => {
  it.each([
    ["Re: x", true],
    ["[list] RE: x", true],
    ["Fwd: Re: x", true],
    ["AW: x", true],
    ["Re[2]: x", true],
    ["Fwd: x", false],
    ["x Re: y", false],
    ["Regarding x", false],
    ["", false],
  ])("%j → %s", (subject, expected) => {
    expect(hasReplyPrefix(subject)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { parsePlainMailbox, unmaskPipermailAddress } from "./mailbox";

describe("unmaskPipermailAddress", () => {
  it("puts back the @ that Pipermail hides", () => {
    expect(unmaskPipermailAddress("foo at example.org (Foo Bar)")).toBe(
      "foo@example.org (Foo Bar)",
    );
    expect(unmaskPipermailAddress(" foo at lists.example.org ")).toBe("foo@lists.example.org");
  });

  it("leaves ordinary values and names containing 'at' alone", () => {
    expect(unmaskPipermailAddress("Foo Bar <foo@example.org>")).toBe("Foo Bar <foo@example.org>");
    expect(unmaskPipermailAddress("Meet at noon <foo@example.org>")).toBe(
      "Meet at noon <foo@example.org>",
    );
  });
});

describe("parsePlainMailbox", () => {
  it.each([
    ["Foo Bar <foo@example.org>", "Foo Bar", "foo@example.org"],
    ['"Bar, Foo" <foo@example.org>', "Bar, Foo", "foo@example.org"],
    ['"Foo \\"Q\\" Bar" <foo@example.org>', 'Foo "Q" Bar', "foo@example.org"],
    ["Foo   Bar  <foo@example.org>", "Foo Bar", "foo@example.org"],
    ["foo@example.org (Foo Bar)", "Foo Bar", "foo@example.org"],
    ["<foo@example.org>", null, "foo@example.org"],
    ["foo@example.org", null, "foo@example.org"],
  ])("reads %j", (value, name, address) => {
    expect(parsePlainMailbox(value)).toEqual({ name, address });
  });

  it.each([
    "Foo <foo@x>, Bar <bar@x>",
    "Team: a@x, b@x;",
    "Person 4 <Person person23@example.org>",
    "foo@example.org (Foo (Q) Bar)",
    "undisclosed",
  ])("leaves %j to the MIME library", (value) => {
    expect(parsePlainMailbox(value)).toBeNull();
  });
});

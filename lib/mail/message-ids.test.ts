import { describe, expect, it } from "vitest";
import { messageIdsIn, ownMessageId, referencedIds } from "./message-ids";

describe("messageIdsIn", () => {
  it("ignores the text some clients write around an In-Reply-To id", () => {
    expect(messageIdsIn('Message from X of "Tue, 6 Jun 2017" <id@x>')).toEqual(["id@x"]);
    expect(messageIdsIn("<15c3@example.org> (from person208@example.org on Wed)")).toEqual([
      "15c3@example.org",
    ]);
  });

  it("keeps several ids in the order written", () => {
    expect(messageIdsIn("<a@x> <b@x>")).toEqual(["a@x", "b@x"]);
    expect(messageIdsIn(undefined)).toEqual([]);
    expect(messageIdsIn("no ids here")).toEqual([]);
  });
});

describe("referencedIds", () => {
  it("reads ids separated by spaces, tabs, commas and folds", () => {
    expect(referencedIds("<a@x>\t<b@x>  <c@x>,<d@x> <e@x>")).toEqual([
      "a@x",
      "b@x",
      "c@x",
      "d@x",
      "e@x",
    ]);
  });

  it("reads ids written without angle brackets", () => {
    expect(referencedIds("a@x, b@x junk")).toEqual(["a@x", "b@x"]);
  });
});

describe("ownMessageId", () => {
  it("strips the angle brackets and surrounding space", () => {
    expect(ownMessageId("  <20170606205801.mptcp-1@example.org> ")).toBe(
      "20170606205801.mptcp-1@example.org",
    );
    expect(ownMessageId("bare@example.org")).toBe("bare@example.org");
  });

  it("returns null when there is no id", () => {
    expect(ownMessageId(undefined)).toBeNull();
    expect(ownMessageId("   ")).toBeNull();
  });
});

describe("quoted local parts and broken ids", () => {
  it("keeps a quoted local part with its space whole", () => {
    expect(ownMessageId('<"john doe"@one.example>')).toBe('"john doe"@one.example');
    expect(ownMessageId('<"john smith"@two.example>')).toBe('"john smith"@two.example');
    expect(messageIdsIn('<"john doe"@one.example> <plain@two.example>')).toEqual([
      '"john doe"@one.example',
      "plain@two.example",
    ]);
  });

  it("gives no id for brackets that hold none, so that one is derived from the bytes", () => {
    expect(ownMessageId('<"><script>alert(1)</script>@evil.example>')).toBeNull();
    expect(ownMessageId("<unclosed@example.org")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";
import { readHeaders } from "./headers";

function hash(text: string): string {
  const raw = Buffer.from(text, "latin1");
  return contentHash(raw, readHeaders(raw)).toString("hex");
}

const MESSAGE =
  "From: Zofia <z@example.org>\nDate: Tue, 6 Jun 2017 10:00:00 +0000\nSubject: Plan\n\nBody\n";

describe("contentHash", () => {
  it("is the same for one message delivered by two routes, with other line endings", () => {
    const relayed = `Received: from relay.example.org\nX-List: devel\n${MESSAGE.replaceAll("\n", "\r\n")}\r\n\r\n`;
    expect(hash(relayed)).toBe(hash(MESSAGE));
  });

  it("differs when the body, the subject, the sender or the date differs", () => {
    const variants = [
      MESSAGE.replace("Body", "Other body"),
      MESSAGE.replace("Plan", "Another plan"),
      MESSAGE.replace("z@example.org", "y@example.org"),
      MESSAGE.replace("10:00:00", "10:00:01"),
    ];
    for (const variant of variants) expect(hash(variant)).not.toBe(hash(MESSAGE));
  });
});

import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readMbox } from "@/lib/mail/mbox";
import { asctime, mboxrdEntry } from "./mboxrd";

const DATE = new Date("2017-06-06T20:58:01Z");

describe("mboxrdEntry", () => {
  it("writes an envelope, gives every /^>*From / line one more '>', and ends with an empty line", () => {
    const raw = Buffer.from("Subject: x\n\nFrom here\n>From there\n>>From afar\nnot From here\n");
    expect(mboxrdEntry({ raw, sender: "zofia@example.org", date: DATE }).toString()).toBe(
      "From zofia@example.org Tue Jun  6 20:58:01 2017\nSubject: x\n\n>From here\n>>From there\n" +
        ">>>From afar\nnot From here\n\n",
    );
  });

  it("ends a message without a final line break with one, and names an unknown sender", () => {
    const entry = mboxrdEntry({ raw: Buffer.from("Subject: x\n\nlast"), sender: null, date: DATE });
    expect(entry.toString()).toBe(
      "From MAILER-DAEMON Tue Jun  6 20:58:01 2017\nSubject: x\n\nlast\n\n",
    );
  });

  it("reads back byte for byte, CRLF and escaping included", async () => {
    const messages = [
      Buffer.from("Subject: one\r\n\r\nFrom the start\r\n>From a quote\r\n"),
      Buffer.from("Subject: two\n\n\nFrom zofia@example.org Tue Jun  6 20:58:01 2017\n"),
    ];
    const mbox = Buffer.concat(
      messages.map((raw) => mboxrdEntry({ raw, sender: "z@example.org", date: DATE })),
    );
    const read: Buffer[] = [];
    for await (const entry of readMbox(Readable.from([mbox]))) read.push(entry.raw);
    expect(read).toEqual(messages);
  });
});

describe("asctime", () => {
  it("pads single-digit days with a space, as mbox writers do", () => {
    expect(asctime(new Date("2010-01-04T09:05:03Z"))).toBe("Mon Jan  4 09:05:03 2010");
  });
});

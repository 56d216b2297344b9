import { describe, expect, it } from "vitest";
import { parseMessage } from "./parse";

// Real-world faults in headers, one kind per test. Every person and address is invented.

function mail(...lines: string[]): Buffer {
  return Buffer.from(lines.join("\n"), "latin1");
}

const ENVELOPE = "someone@example.org Wed Jun  7 18:55:15 2017";

describe("In-Reply-To and References as clients really write them", () => {
  it.each([
    [
      "text around the id",
      'Your message of "Tue, 6 Jun 2017" <a1@example.org>',
      ["a1@example.org"],
    ],
    ["a lost closing bracket", "<a1@example.org", ["a1@example.org"]],
    ["a lost closing bracket and a comment", "<a1@example.org (Anna's mail)", ["a1@example.org"]],
    ["no id at all", "Your message of Tue, 6 Jun 2017 10:00", []],
    ["an address in the text", "<a1@example.org> (from anna@example.org)", ["a1@example.org"]],
  ])("In-Reply-To with %s", async (_, value, ids) => {
    expect((await parseMessage(mail(`In-Reply-To: ${value}`, "", "x"))).inReplyTo).toEqual(ids);
  });

  it("reads References separated by commas and folded over many lines", async () => {
    const parsed = await parseMessage(
      mail(
        "References: <r1@example.org>,<r2@example.org>,",
        "\t<r3@example.org>",
        "  <r4@example.org>",
        "",
        "x",
      ),
    );
    expect(parsed.references).toEqual([
      "r1@example.org",
      "r2@example.org",
      "r3@example.org",
      "r4@example.org",
    ]);
  });

  it("reads an empty References field as no references", async () => {
    expect(await parseMessage(mail("References: ", "In-Reply-To:", "", "x"))).toMatchObject({
      references: [],
      inReplyTo: [],
    });
  });

  it("keeps a chain of hundreds of references whole and in order", async () => {
    const ids = Array.from({ length: 600 }, (_, index) => `chain-${index}@example.org`);
    const folded = ids.map((id) => `<${id}>`).join("\n ");
    expect((await parseMessage(mail(`References: ${folded}`, "", "x"))).references).toEqual(ids);
  });

  it.each([
    "a/b/c@example.org",
    "../../etc/passwd@example.org",
    '"quoted.local"@example.org',
    "it's&amp;%2F?#x@example.org",
  ])("keeps the id %j exactly", async (id) => {
    expect((await parseMessage(mail(`Message-ID: <${id}>`, "", "x"))).messageId).toBe(id);
  });
});

describe("subjects", () => {
  it("keeps a subject of hundreds of characters whole, unfolded", async () => {
    const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
    const folded = words.join("\n ");
    const parsed = await parseMessage(mail(`Subject: Re: [devel] ${folded}`, "", "x"));
    expect(parsed.subject).toBe(`Re: [devel] ${words.join(" ")}`);
    expect(parsed.subject.length).toBeGreaterThan(800);
  });

  it("joins adjacent encoded words of a subject without a stray space", async () => {
    const parsed = await parseMessage(
      mail("Subject: =?utf-8?q?Pakiet_?= =?utf-8?q?zale=C5=BCno=C5=9Bci?=", "", "x"),
    );
    expect(parsed.subject).toBe("Pakiet zależności");
  });
});

describe("senders", () => {
  it("keeps an encoded comma inside one person's name", async () => {
    const parsed = await parseMessage(
      mail("From: =?utf-8?q?Nowak=2C_Zofia?= <zofia@example.org>", "", "x"),
    );
    expect(parsed.from).toEqual({ name: "Nowak, Zofia", address: "zofia@example.org" });
  });

  it("reads Pipermail's 'user at host' form", async () => {
    const parsed = await parseMessage(mail("From: zofia at example.org (Zofia Nowak)", "", "x"));
    expect(parsed.from).toEqual({ name: "Zofia Nowak", address: "zofia@example.org" });
  });

  it("decodes a latin1 name as windows-1252 and flags an unknown charset", async () => {
    expect(
      (await parseMessage(mail("From: =?iso-8859-1?q?Ren=E9e_=93R=94?= <r@example.org>", "", "x")))
        .from.name,
    ).toBe("Renée “R”");
    expect(
      (await parseMessage(mail("From: =?x-unheard-of?q?Ren=E9e?= <r@example.org>", "", "x"))).flags,
    ).toContain("charset-unknown");
  });
});

describe("dates", () => {
  it.each([
    ["Wed, 7 Jun 2017 08:55:15 -1000", "2017-06-07T18:55:15.000Z", -600],
    ["Wed, 7 Jun 2017 11:55:15 PDT", "2017-06-07T18:55:15.000Z", -420],
    ["Wed, 7 Jun 2017 13:55:15 EST", "2017-06-07T18:55:15.000Z", -300],
    ["Wed, 7 Jun 2017 18:55:15 UT", "2017-06-07T18:55:15.000Z", 0],
    ["Wed, 7 Jun 2017 18:55:15 GMT", "2017-06-07T18:55:15.000Z", 0],
    ["Wed, 7 Jun 17 18:55:15 +0000", "2017-06-07T18:55:15.000Z", 0],
    ["Sun, 7 Jun 98 18:55:15 +0000", "1998-06-07T18:55:15.000Z", 0],
    ["7 Jun 2017 18:55 +0000", "2017-06-07T18:55:00.000Z", 0],
    ["Wed, 7 Jun 2017 18:55:15 -0000", "2017-06-07T18:55:15.000Z", null],
  ])("reads %j as a UTC instant with the sender's offset", async (date, utc, offset) => {
    const parsed = await parseMessage(mail(`Date: ${date}`, "", "x"), { envelope: ENVELOPE });
    expect([parsed.date?.toISOString(), parsed.utcOffsetMinutes, parsed.flags]).toEqual([
      utc,
      offset,
      [],
    ]);
  });

  it("falls back to Resent-Date, then to the envelope, flagging where the date came from", async () => {
    const resent = await parseMessage(
      mail("Date: not a date", "Resent-Date: Tue, 6 Jun 2017 22:58:01 +0200", "", "x"),
      { envelope: ENVELOPE },
    );
    const enveloped = await parseMessage(mail("Subject: no date", "", "x"), { envelope: ENVELOPE });
    expect([resent.date?.toISOString(), resent.dateSource, resent.flags]).toEqual([
      "2017-06-06T20:58:01.000Z",
      "resent-date",
      ["date-from-resent-date"],
    ]);
    expect([enveloped.date?.toISOString(), enveloped.flags]).toEqual([
      "2017-06-07T18:55:15.000Z",
      ["date-from-envelope"],
    ]);
  });

  it("never uses the time of the import: a message with no date anywhere has none", async () => {
    const parsed = await parseMessage(mail("Date: 31 Feb 2017 10:00 +0000", "", "x"));
    expect(parsed).toMatchObject({ date: null, dateSource: "none", flags: ["date-from-none"] });
  });
});

import { describe, expect, it } from "vitest";
import { MessageParseError, parseMessage } from "./parse";

function mail(...lines: string[]): Buffer {
  return Buffer.from(lines.join("\n"), "latin1");
}

const ENVELOPE = "bob@example.org Wed Jun  7 18:55:15 2017";

describe("parseMessage headers", () => {
  it("decodes RFC 2047 names and unfolds the subject", async () => {
    const parsed = await parseMessage(
      mail(
        "From: =?utf-8?q?Johannes_L=C3=B6thberg?= <johannes@example.org>",
        "Subject: Re: [arch-dev-public] Bringing Multipath TCP kernel (linux-mptcp)",
        " to [community]",
        "",
        "body",
      ),
    );

    expect(parsed.from).toEqual({ name: "Johannes Löthberg", address: "johannes@example.org" });
    expect(parsed.subject).toBe(
      "Re: [arch-dev-public] Bringing Multipath TCP kernel (linux-mptcp) to [community]",
    );
  });

  it("decodes base64 encoded words, also in the subject", async () => {
    const parsed = await parseMessage(
      mail(
        "From: =?utf-8?b?QmFydMWCb21pZWogUGlvdHJvd3NraQ==?= <bartlomiej@example.org>",
        "Subject: =?utf-8?b?WmHFvMOzxYLEhw==?= =?utf-8?q?_g=C4=99=C5=9Bl=C4=85?=",
        "",
        "body",
      ),
    );

    expect(parsed.from.name).toBe("Bartłomiej Piotrowski");
    expect(parsed.subject).toBe("Zażółć gęślą");
  });

  it("reads ids from Message-ID, In-Reply-To with text around it, and folded References", async () => {
    const parsed = await parseMessage(
      mail(
        "Message-ID:  <own@example.org> ",
        'In-Reply-To: Message from Gaetan of "Wed, 7 Jun 2017" <parent@example.org>',
        "References: <root@example.org>",
        "\t<middle@example.org>",
        "  <parent@example.org>",
        "",
        "body",
      ),
    );

    expect(parsed.messageId).toBe("own@example.org");
    expect(parsed.inReplyTo).toEqual(["parent@example.org"]);
    expect(parsed.references).toEqual([
      "root@example.org",
      "middle@example.org",
      "parent@example.org",
    ]);
  });

  it("returns empty values for missing headers", async () => {
    const parsed = await parseMessage(mail("X-Nothing: here", "", "body"));

    expect(parsed).toMatchObject({
      messageId: null,
      inReplyTo: [],
      references: [],
      subject: "",
      from: { name: null, address: null },
    });
  });

  it("reads Pipermail's masked addresses, decoding a name in the comment", async () => {
    const plain = await parseMessage(mail("From: foo at example.org (Foo Bar)", "", "x"));
    const encoded = await parseMessage(
      mail("From: bart at example.org (=?UTF-8?Q?Bart=C5=82omiej_Piotrowski?=)", "", "x"),
    );

    expect(plain.from).toEqual({ name: "Foo Bar", address: "foo@example.org" });
    expect(encoded.from).toEqual({ name: "Bartłomiej Piotrowski", address: "bart@example.org" });
  });

  it("takes the first person of a group or list of senders", async () => {
    const parsed = await parseMessage(mail("From: Team: Ann <a@x>, b@x;", "", "x"));

    expect(parsed.from).toEqual({ name: "Ann", address: "a@x" });
  });
});

describe("parseMessage dates", () => {
  it.each([
    ["Wed, 7 Jun 2017 08:55:15 -1000", "2017-06-07T18:55:15.000Z", -600],
    ["Mon, 04 Jan 2010 10:00:00 EST", "2010-01-04T15:00:00.000Z", -300],
    ["Mon, 4 Jan 10 10:00:00 +0100", "2010-01-04T09:00:00.000Z", 60],
  ])("reads the Date field %j with its offset", async (date, utc, offset) => {
    const parsed = await parseMessage(mail(`Date: ${date}`, "", "x"), { envelope: ENVELOPE });

    expect(parsed.date?.toISOString()).toBe(utc);
    expect(parsed.utcOffsetMinutes).toBe(offset);
    expect(parsed.dateSource).toBe("date");
  });

  it("falls back to Resent-Date, then to the envelope, then to nothing", async () => {
    const resent = await parseMessage(
      mail("Date: garbage", "Resent-Date: Tue, 6 Jun 2017 22:58:01 +0200", "", "x"),
      { envelope: ENVELOPE },
    );
    const enveloped = await parseMessage(mail("Date: garbage", "", "x"), { envelope: ENVELOPE });
    const none = await parseMessage(mail("Subject: x", "", "x"));

    expect([resent.date?.toISOString(), resent.dateSource]).toEqual([
      "2017-06-06T20:58:01.000Z",
      "resent-date",
    ]);
    expect(enveloped).toMatchObject({ utcOffsetMinutes: null, dateSource: "envelope" });
    expect(enveloped.date?.toISOString()).toBe("2017-06-07T18:55:15.000Z");
    expect(none).toMatchObject({ date: null, utcOffsetMinutes: null, dateSource: "none" });
  });
});

describe("parseMessage bodies", () => {
  it("decodes quoted-printable with soft line breaks", async () => {
    const parsed = await parseMessage(
      mail(
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "> Since a few years, I maintain a variant in the AUR [1=",
        "]",
        "> that is base=",
        "d",
        "> on linux 4.4 =E2=80=94 Bart=C5=82omiej",
        "",
      ),
    );

    expect(parsed.text).toBe(
      "> Since a few years, I maintain a variant in the AUR [1]\n> that is based\n> on linux 4.4 — Bartłomiej",
    );
  });

  it("decodes base64 and legacy charsets", async () => {
    const base64 = await parseMessage(
      mail(
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from("Grüße\n").toString("base64"),
      ),
    );
    const latin1 = await parseMessage(
      mail("Content-Type: text/plain; charset=ISO-8859-1", "", "Gr\xfc\xdfe"),
    );
    const windows1252 = await parseMessage(
      mail("Content-Type: text/plain; charset=windows-1252", "", "\x93quoted\x94"),
    );

    expect(base64.text).toBe("Grüße");
    expect(latin1.text).toBe("Grüße");
    expect(windows1252.text).toBe("“quoted”");
  });

  it("prefers the text/plain part of a multipart/alternative message", async () => {
    const parsed = await parseMessage(
      mail(
        'Content-Type: multipart/alternative; boundary="b"',
        "",
        "--b",
        "Content-Type: text/html",
        "",
        "<p>HTML version</p>",
        "--b",
        "Content-Type: text/plain",
        "",
        "Plain version",
        "--b--",
        "",
      ),
    );

    expect(parsed.text).toBe("Plain version");
  });

  it("turns HTML-only mail into text without scripts and styles", async () => {
    const parsed = await parseMessage(
      mail(
        "Content-Type: text/html; charset=utf-8",
        "",
        "<html><head><style>p { color: red }</style></head><body>",
        "<style>.x {}</style><p>Hi &amp; bye</p><script>alert(1)</script>",
        "</body></html>",
      ),
    );

    expect(parsed.text).toBe("Hi & bye");
  });

  it("normalises CRLF to LF and trims the end of the body", async () => {
    const parsed = await parseMessage(Buffer.from("Subject: x\r\n\r\nline 1\r\nline 2  \r\n\r\n"));

    expect(parsed.subject).toBe("x");
    expect(parsed.text).toBe("line 1\nline 2");
  });
});

describe("parseMessage on input that is not a message", () => {
  it.each([
    ["empty input", ""],
    ["text without headers", "just some text\nwithout headers\n"],
    ["a body without headers", "\nbody after an empty line\n"],
  ])("throws MessageParseError for %s", async (_, text) => {
    await expect(parseMessage(Buffer.from(text))).rejects.toThrow(MessageParseError);
  });
});

import { describe, expect, it } from "vitest";
import { readHeaders } from "./headers";
import { decodeAttachments } from "./mailparser-content";
import { parseMessage } from "./parse";

// What the importer reads from MIME messages that need the library: which text a reader sees,
// which attachments are listed, and how declared charsets are decoded. Every address invented.

function mail(...lines: (string | Buffer)[]): Buffer {
  return Buffer.concat(
    lines.map((line) => Buffer.concat([Buffer.from(line), Buffer.from("\r\n")])),
  );
}

const FROM = "From: Zofia Nowak <zofia@example.org>\r\nDate: Tue, 6 Jun 2017 10:00:00 +0000";
const PDF_BASE64 = Buffer.from("%PDF-1.4 fake").toString("base64");

describe("the text a reader sees", () => {
  it("shows the text/plain alternative and lists no alternative as an attachment", async () => {
    const parsed = await parseMessage(
      mail(
        FROM,
        'Content-Type: multipart/alternative; boundary="alt"',
        "",
        "--alt",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>HTML <b>version</b></p>",
        "--alt",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Plain version",
        "--alt--",
      ),
    );
    expect(parsed).toMatchObject({ text: "Plain version", attachments: [], flags: [] });
  });

  it("turns HTML-only mail into text without its scripts and styles, flagged", async () => {
    const parsed = await parseMessage(
      mail(
        FROM,
        "Content-Type: text/html; charset=iso-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "<html><head><style>p { color: red }</style></head>",
        "<body><script>alert('x')</script><p>Caf=E9 &amp; =93cr=E8me=94</p></body></html>",
      ),
    );
    expect(parsed.text).toBe("Café & “crème”");
    expect(parsed.flags).toEqual(["html-only"]);
  });
});

describe("attachments", () => {
  const withAttachments = mail(
    FROM,
    'Content-Type: multipart/mixed; boundary="mix"',
    "",
    "--mix",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "See the attached files.",
    "--mix",
    'Content-Type: application/pdf; name="=?utf-8?q?R=C3=A9sum=C3=A9.pdf?="',
    "Content-Transfer-Encoding: base64",
    "Content-Disposition: attachment;",
    " filename*0*=utf-8''R%C3%A9sum;",
    " filename*1*=%C3%A9.pdf",
    "",
    PDF_BASE64,
    "--mix",
    "Content-Type: application/pgp-signature; name=signature.asc",
    "",
    "-----BEGIN PGP SIGNATURE-----",
    "--mix--",
  );

  it("lists them with names decoded from RFC 2231 continuations, types and sizes", async () => {
    const parsed = await parseMessage(withAttachments);
    expect(parsed.text).toBe("See the attached files.");
    expect(parsed.attachments).toEqual([
      { name: "Résumé.pdf", contentType: "application/pdf", size: 13 },
      { name: "signature.asc", contentType: "application/pgp-signature", size: 29 },
    ]);
  });

  it("decodes their bytes again, in the listed order, from the stored message", async () => {
    const [pdf] = await decodeAttachments(withAttachments, readHeaders(withAttachments));
    expect(pdf?.content.toString()).toBe("%PDF-1.4 fake");
  });
});

describe("charsets, as the WHATWG Encoding Standard reads them", () => {
  const windows1252Bytes = Buffer.from([0x93, 0x68, 0x69, 0x94, 0x20, 0x80, 0x35]);

  it("is needed: Node's own TextDecoder reads latin1 byte 0x93 as a C1 control", () => {
    expect(new TextDecoder("latin1").decode(Buffer.from([0x93]))).toBe("\u0093");
  });

  it.each(["iso-8859-1", "latin1", "us-ascii", "US-ASCII"])(
    "reads text declared %s as windows-1252",
    async (label) => {
      const parsed = await parseMessage(
        mail(FROM, `Content-Type: text/plain; charset=${label}`, "", windows1252Bytes),
      );
      expect([parsed.text, parsed.flags]).toEqual(["“hi” €5", []]);
    },
  );

  it("reads a us-ascii part of a multipart as windows-1252 and leaves its body text alone", async () => {
    const parsed = await parseMessage(
      mail(
        FROM,
        'Content-Type: multipart/mixed; boundary="b"',
        "",
        "--b",
        'Content-Type: text/plain; charset="us-ascii"',
        "",
        windows1252Bytes,
        "Content-Type: text/plain; charset=us-ascii",
        "--b--",
      ),
    );
    expect(parsed.text).toBe("“hi” €5\nContent-Type: text/plain; charset=us-ascii");
  });

  it("reads undeclared 8-bit text as UTF-8", async () => {
    const parsed = await parseMessage(mail(FROM, "", "Zażółć"));
    expect([parsed.text, parsed.flags]).toEqual(["Zażółć", []]);
  });

  it("replaces bytes that are invalid in the declared charset, and says so", async () => {
    const parsed = await parseMessage(
      mail(FROM, "Content-Type: text/plain; charset=utf-8", "", Buffer.from([0x63, 0xe9, 0x21])),
    );
    expect([parsed.text, parsed.flags]).toEqual(["c\uFFFD!", ["charset-replaced"]]);
  });

  it("reads an unknown charset as UTF-8, keeping every character it can, flagged", async () => {
    const parsed = await parseMessage(
      mail(FROM, "Content-Type: text/plain; charset=x-unheard-of", "", "caf\u00e9 ok"),
    );
    expect([parsed.text, parsed.flags]).toEqual(["café ok", ["charset-unknown"]]);
  });

  it("flags an unknown charset in an encoded word of a name", async () => {
    const parsed = await parseMessage(
      mail("From: =?x-unheard-of?q?Ren=E9e?= <renee@example.org>", "", "x"),
    );
    expect(parsed.flags).toContain("charset-unknown");
  });
});

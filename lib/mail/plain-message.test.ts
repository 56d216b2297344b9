import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FEDORA_MBOX, MPTCP_MBOX } from "@/lib/testing/shared-fixtures";
import { BENCH_ARCHIVE, writeSyntheticArchive } from "@/lib/testing/synthetic-archive";
import { readHeaders } from "./headers";
import { decodeWithMailparser } from "./mailparser-content";
import { readMbox } from "./mbox";
import { decodePlainMessage } from "./plain-message";

function plain(...lines: string[]) {
  const raw = Buffer.from(lines.join("\n"), "latin1");
  return decodePlainMessage(readHeaders(raw), raw);
}

describe("decodePlainMessage", () => {
  it("reads a plain message directly", () => {
    expect(
      plain(
        "From: Gaetan Bisson <gaetan@example.org>",
        "Subject: Re: [arch-dev-public] Bringing Multipath TCP kernel (linux-mptcp)",
        " to [community]",
        "Content-Type: text/plain; charset=us-ascii",
        "Content-Transfer-Encoding: 7bit",
        "",
        "> quoted",
        "answer",
        "",
        "",
      ),
    ).toEqual({
      subject: "Re: [arch-dev-public] Bringing Multipath TCP kernel (linux-mptcp) to [community]",
      from: { name: "Gaetan Bisson", address: "gaetan@example.org" },
      text: "> quoted\nanswer",
      fromHtml: false,
      attachments: [],
      problems: [],
    });
  });

  it("reads UTF-8 bodies, and 8-bit-free bodies in any ASCII-compatible charset", () => {
    const utf8 = Buffer.from("Content-Type: text/plain; charset=UTF-8\n\nBartłomiej\n");
    expect(decodePlainMessage(readHeaders(utf8), utf8)?.text).toBe("Bartłomiej");
    expect(plain("Content-Type: text/plain; charset=ISO-8859-1", "", "ascii only")?.text).toBe(
      "ascii only",
    );
  });

  it.each([
    ["a word in an unknown charset", ["Subject: =?x-unheard-of?q?x?=", "", "x"]],
    ["a word that does not decode cleanly", ["Subject: =?utf-8?b?/w==?=", "", "x"]],
    ["8-bit headers", ["From: J\xf6rg <j@x>", "", "x"]],
    ["an unusual From", ["From: A <a@x>, B <b@x>", "", "x"]],
    [
      "quoted-printable Latin-1",
      [
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "=FC",
      ],
    ],
    ["base64", ["Content-Transfer-Encoding: base64", "", "eA=="]],
    ["format=flowed", ["Content-Type: text/plain; format=flowed", "", "soft "]],
    ["a multipart body", ['Content-Type: multipart/mixed; boundary="b"', "", "--b"]],
    ["HTML", ["Content-Type: text/html", "", "<p>x</p>"]],
    ["an attachment", ["Content-Disposition: attachment; filename=x.txt", "", "x"]],
    ["8-bit Latin-1", ["Content-Type: text/plain; charset=iso-8859-1", "", "\xfc"]],
    ["8-bit text declared US-ASCII", ["Content-Type: text/plain; charset=us-ascii", "", "\x93"]],
    ["bytes that are not UTF-8", ["Content-Type: text/plain; charset=utf-8", "", "\xfc"]],
    ["an RFC 2231 charset", ["Content-Type: text/plain; charset*=utf-8''x", "", "x"]],
    ["ISO-2022-JP", ["Content-Type: text/plain; charset=iso-2022-jp", "", "\x1b$B"]],
  ])("leaves a message with %s to the MIME library", (_, lines) => {
    expect(plain(...lines)).toBeNull();
  });
});

describe("decodePlainMessage on real archives", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-plain-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function benchArchive(): Promise<string> {
    const file = path.join(dir, "bench.mbox");
    await writeSyntheticArchive(file, { ...BENCH_ARCHIVE, messages: 1_500, longestThread: 150 });
    return file;
  }

  it.each([
    ["linux-mptcp-community", async () => fileURLToPath(MPTCP_MBOX), 4],
    ["fedora-devel-2010-01", async () => fileURLToPath(FEDORA_MBOX), 150],
    ["the benchmark's synthetic archive", benchArchive, 1_500],
  ])("reads %s exactly as mailparser does", async (_, file, expectedAtLeast) => {
    let readDirectly = 0;
    for await (const entry of readMbox(await file())) {
      const headers = readHeaders(entry.raw);
      const direct = decodePlainMessage(headers, entry.raw);
      if (direct === null) continue;

      readDirectly += 1;
      expect(direct, `message ${entry.index}`).toEqual(
        await decodeWithMailparser(headers, entry.raw),
      );
    }
    expect(readDirectly).toBeGreaterThanOrEqual(expectedAtLeast);
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type MboxEntry, mboxVariant, NotAnMboxError, readMbox } from "./mbox";

const ENVELOPE_1 = "From alice@example.org Tue Jun  6 20:58:01 2017";
const ENVELOPE_2 = "From bob at example.org  Wed Jun  7 08:55:15 2017";

const TWO_MESSAGES = [
  ENVELOPE_1,
  "Subject: one",
  "",
  "From what I see, this line is body text.",
  "",
  "From the archive: not an envelope either",
  ">From here, escaped once",
  ">>From there, escaped twice",
  "> From a quote, not escaped",
  "",
  ENVELOPE_2,
  "Subject: two",
  "",
  "second body",
  "",
  "",
].join("\n");

async function collect(input: NodeJS.ReadableStream | string): Promise<MboxEntry[]> {
  const entries: MboxEntry[] = [];
  for await (const entry of readMbox(input)) entries.push(entry);
  return entries;
}

function streamOf(bytes: Buffer, chunkSize: (index: number) => number): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0, index = 0; offset < bytes.length; index += 1) {
    const size = Math.max(1, chunkSize(index));
    chunks.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return Readable.from(chunks);
}

/** A seeded generator, so that a failing chunking can be reproduced. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function summary(entries: MboxEntry[]) {
  return entries.map(({ index, offset, line, envelope, raw }) => ({
    index,
    offset,
    line,
    envelope,
    raw: raw.toString("utf8"),
  }));
}

describe("readMbox", () => {
  it("splits at envelope lines and records where each message starts", async () => {
    const entries = summary(await collect(Readable.from([Buffer.from(TWO_MESSAGES)])));

    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      index: 1,
      offset: 0,
      line: 1,
      envelope: "alice@example.org Tue Jun  6 20:58:01 2017",
    });
    expect(entries[1]).toMatchObject({
      index: 2,
      offset: TWO_MESSAGES.indexOf(ENVELOPE_2),
      line: 11,
      envelope: "bob at example.org  Wed Jun  7 08:55:15 2017",
    });
  });

  it("keeps body lines starting with From and drops the separating blank line", async () => {
    const [first, second] = summary(await collect(Readable.from([Buffer.from(TWO_MESSAGES)])));

    expect(first?.raw).toBe(
      [
        "Subject: one",
        "",
        "From what I see, this line is body text.",
        "",
        "From the archive: not an envelope either",
        "From here, escaped once",
        ">From there, escaped twice",
        "> From a quote, not escaped",
        "",
      ].join("\n"),
    );
    expect(second?.raw).toBe("Subject: two\n\nsecond body\n");
  });

  it("does not split at an envelope-like line that follows a non-empty line", async () => {
    const text = `${ENVELOPE_1}\nSubject: x\n\nquoted:\n${ENVELOPE_2}\nend\n`;
    const entries = await collect(Readable.from([Buffer.from(text)]));

    expect(entries).toHaveLength(1);
    expect(entries[0]?.raw.toString()).toContain(ENVELOPE_2);
  });

  it("reads CRLF files the same way, keeping their line endings", async () => {
    const crlf = Buffer.from(TWO_MESSAGES.replaceAll("\n", "\r\n"));
    const entries = await collect(Readable.from([crlf]));

    expect(entries.map((entry) => entry.line)).toEqual([1, 11]);
    expect(entries[0]?.envelope).toBe("alice@example.org Tue Jun  6 20:58:01 2017");
    expect(entries[0]?.raw.toString()).toContain("\r\nFrom here, escaped once\r\n");
    expect(entries[1]?.raw.toString()).toBe("Subject: two\r\n\r\nsecond body\r\n");
  });

  it("gunzips a gzip stream, whatever the file is called", async () => {
    const directory = mkdtempSync(join(tmpdir(), "quorum-mbox-"));
    const path = join(directory, "archive.txt");
    writeFileSync(path, gzipSync(TWO_MESSAGES));

    const plain = summary(await collect(Readable.from([Buffer.from(TWO_MESSAGES)])));
    expect(summary(await collect(path))).toEqual(plain);
  });

  it("fails, rather than hangs, on a truncated gzip file, saying it is gzip that is cut short", async () => {
    const gzipped = gzipSync(TWO_MESSAGES);
    const truncated = Readable.from([gzipped.subarray(0, gzipped.length - 20)]);

    await expect(collect(truncated)).rejects.toThrow(
      "the gzip data is cut short or damaged (unexpected end of file)",
    );
  });

  it("gives the same result however the stream is cut into chunks", async () => {
    const bytes = Buffer.from(TWO_MESSAGES.replaceAll("\n", "\r\n"));
    const whole = summary(await collect(Readable.from([bytes])));

    expect(summary(await collect(streamOf(bytes, () => 1)))).toEqual(whole);
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = seededRandom(seed);
      const chunked = await collect(streamOf(bytes, () => Math.floor(random() * 40)));
      expect(summary(chunked), `seed ${seed}`).toEqual(whole);
    }
  });

  it("gives the same result for gzip data in one-byte chunks", async () => {
    const whole = summary(await collect(Readable.from([Buffer.from(TWO_MESSAGES)])));
    const gzipped = gzipSync(TWO_MESSAGES);

    expect(summary(await collect(streamOf(gzipped, () => 1)))).toEqual(whole);
  });

  it("keeps the last line of a file that does not end with a line break", async () => {
    const entries = await collect(Readable.from([Buffer.from(`${ENVELOPE_1}\nSubject: x\n\nend`)]));

    expect(entries[0]?.raw.toString()).toBe("Subject: x\n\nend");
  });

  it("skips blank lines before the first envelope, also when cut mid-line", async () => {
    const bytes = Buffer.from(`\n\r\n${ENVELOPE_1}\nA: b\n`);

    for (const entries of [
      await collect(Readable.from([bytes])),
      await collect(streamOf(bytes, () => 1)),
    ]) {
      expect(entries.map((entry) => [entry.line, entry.offset])).toEqual([[3, 3]]);
    }
  });

  it("yields nothing for an empty input", async () => {
    expect(await collect(Readable.from([Buffer.alloc(0)]))).toEqual([]);
  });
});

describe("readMbox on input that is not an mbox", () => {
  it("refuses a file whose first line is not an envelope", async () => {
    const notMbox = Readable.from([Buffer.from("Subject: hello\n\nFrom foo Tue Jun  6 2017\n")]);

    await expect(collect(notMbox)).rejects.toThrow(NotAnMboxError);
  });

  it("refuses a first line that starts with From but carries no envelope date", async () => {
    const notMbox = Readable.from([Buffer.from("From what I see, this is a letter.\n")]);

    await expect(collect(notMbox)).rejects.toThrow(
      'not an mbox file: the first line is not a "From " envelope line',
    );
  });

  it("refuses a large input after its first chunk, before reading the rest", async () => {
    let chunksRead = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          chunksRead += 1;
          yield Buffer.alloc(64 * 1024, "x");
        }
      })(),
    );

    await expect(collect(endless)).rejects.toThrow(NotAnMboxError);
    expect(chunksRead).toBeLessThan(5);
  });
});

describe("readMbox separators and From escaping", () => {
  const envelope = "From zofia@example.org Tue Jun  6 20:58:01 2017";

  async function read(text: string, options: Parameters<typeof readMbox>[1] = {}) {
    const entries: MboxEntry[] = [];
    for await (const entry of readMbox(Readable.from([Buffer.from(text)]), options)) {
      entries.push(entry);
    }
    return entries.map((entry) => entry.raw.toString());
  }

  it("starts a message only at an envelope with a date after an empty line", async () => {
    const text = [
      envelope,
      "Subject: one",
      "",
      "From the team: thanks.",
      "",
      "From someone without a date",
      "From zofia@example.org Tue Jun  6 21:00:00 2017",
      "",
      envelope,
      "Subject: two",
      "",
      "body",
    ].join("\n");

    const messages = await read(text);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("From someone without a date\nFrom zofia@example.org Tue Jun");
  });

  it("takes exactly one '>' off escaped From lines in mboxrd, and records the variant", async () => {
    const stats = { quotedFromLines: 0, deeperQuotedFromLines: 0 };
    const text = `${envelope}\nSubject: x\n\n>From here\n>>From there\n>>>From afar\n`;
    expect(await read(text, { stats })).toEqual([
      "Subject: x\n\nFrom here\n>From there\n>>From afar\n",
    ]);
    expect(stats).toEqual({ quotedFromLines: 1, deeperQuotedFromLines: 2 });
    expect(mboxVariant(stats)).toBe("mboxrd");
  });

  it("leaves deeper quoting alone in an mboxo file, which has no way back for it", async () => {
    const stats = { quotedFromLines: 0, deeperQuotedFromLines: 0 };
    const text = `${envelope}\nSubject: x\n\n>From here\n>>From there\n`;
    expect(await read(text, { format: "mboxo", stats })).toEqual([
      "Subject: x\n\nFrom here\n>>From there\n",
    ]);
    expect(mboxVariant(stats, "mboxo")).toBe("mboxo");
  });

  it("records a file with only '>From ' lines as mboxo, and one without any as unknown", () => {
    expect(mboxVariant({ quotedFromLines: 3, deeperQuotedFromLines: 0 })).toBe("mboxo");
    expect(mboxVariant({ quotedFromLines: 0, deeperQuotedFromLines: 0 })).toBe("unknown");
  });
});

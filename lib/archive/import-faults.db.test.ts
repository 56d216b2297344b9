import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DUPLICATE_ID_FLAG } from "@/lib/archive/deduplicate";
import { DERIVED_ID_FLAG, importMbox } from "@/lib/archive/import-mbox";

// Real-world faults as the database sees them after an import. Every person is invented.

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(async () => {
  await pool.end();
});

const ENVELOPE = "From zofia@example.org Mon Jan  4 10:00:00 2021";

function mail(headers: Record<string, string>, body = "text\n"): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${ENVELOPE}\n${lines.join("\n")}\n\n${body}`;
}

function mbox(...messages: string[]): Readable {
  return Readable.from([Buffer.from(messages.join("\n"))]);
}

async function rows(list: string) {
  const { rows: found } = await pool.query<{
    messageId: string;
    parent: string | null;
    threadId: number;
    subject: string;
    references: string[];
    flags: string[];
    sentAt: Date;
    attachments: { name: string; contentType: string; size: number }[];
  }>(
    `SELECT m."messageId", p."messageId" AS parent, m."threadId", m.subject, m."references",
            m.flags, m."sentAt", m.attachments
       FROM message m JOIN mailing_list l ON l.id = m."listId"
       LEFT JOIN message p ON p.id = m."parentId"
      WHERE l.address = $1 ORDER BY m.id`,
    [list],
  );
  return found;
}

describe("Message-IDs", () => {
  const first = mail(
    {
      "Message-ID": "<same@example.org>",
      Subject: "first",
      Date: "Mon, 4 Jan 2021 10:00:00 +0000",
    },
    "one\n",
  );
  const other = mail(
    {
      "Message-ID": "<same@example.org>",
      Subject: "other",
      Date: "Mon, 4 Jan 2021 11:00:00 +0000",
    },
    "two\n",
  );

  it("keeps two different messages with one id, flags both, and adds nothing on re-import", async () => {
    const list = "reused-ids@lists.example.org";
    const summary = await importMbox(pool, mbox(first, other, first), { listAddress: list });
    expect(summary).toMatchObject({ messagesStored: 2, duplicatesSkipped: 1 });

    const stored = await rows(list);
    expect(stored.map((row) => row.subject)).toEqual(["first", "other"]);
    expect(stored[0]?.messageId).toBe("same@example.org");
    expect(stored[1]?.messageId).toMatch(/^dup-[0-9a-f]{16}\.same@example\.org$/);
    for (const row of stored) expect(row.flags).toContain(DUPLICATE_ID_FLAG);

    const again = await importMbox(pool, mbox(first, other), { listAddress: list });
    expect(again).toMatchObject({ messagesStored: 0, duplicatesSkipped: 2 });
  });

  it("flags the stored message when the different one arrives in a later import", async () => {
    const list = "reused-later@lists.example.org";
    await importMbox(pool, mbox(first), { listAddress: list });
    expect((await rows(list))[0]?.flags).toEqual([]);

    await importMbox(pool, mbox(other), { listAddress: list });
    expect((await rows(list)).map((row) => row.flags)).toEqual([
      [DUPLICATE_ID_FLAG],
      [DUPLICATE_ID_FLAG],
    ]);
  });

  it("treats the same message delivered twice by different routes as one", async () => {
    const list = "relayed@lists.example.org";
    const relayed = first.replace("Message-ID:", "Received: from relay.example.org\nMessage-ID:");
    const summary = await importMbox(pool, mbox(first, relayed), { listAddress: list });
    expect(summary).toMatchObject({ messagesStored: 1, duplicatesSkipped: 1 });
  });

  it("keeps a message cross-posted to two lists in both", async () => {
    for (const list of ["cross-a@lists.example.org", "cross-b@lists.example.org"]) {
      await importMbox(pool, mbox(first), { listAddress: list });
      expect((await rows(list)).map((row) => row.messageId)).toEqual(["same@example.org"]);
    }
  });

  it("derives a stable id for mail without one, so two differ and re-import adds nothing", async () => {
    const list = "no-ids@lists.example.org";
    const a = mail({ Subject: "no id", Date: "Mon, 4 Jan 2021 10:00:00 +0000" }, "a\n");
    const b = mail({ Subject: "no id", Date: "Mon, 4 Jan 2021 10:00:00 +0000" }, "b\n");
    await importMbox(pool, mbox(a, b), { listAddress: list });
    const again = await importMbox(pool, mbox(b, a), { listAddress: list });

    const stored = await rows(list);
    expect(stored).toHaveLength(2);
    expect(again.messagesStored).toBe(0);
    for (const row of stored) {
      expect(row.messageId).toMatch(/^sha256-[0-9a-f]{40}@quorum\.invalid$/);
      expect(row.flags).toContain(DERIVED_ID_FLAG);
    }
  });
});

describe("threads", () => {
  it("stores no cycle when two messages, imported apart, answer each other", async () => {
    const list = "mutual@lists.example.org";
    const a = mail({
      "Message-ID": "<a@example.org>",
      "In-Reply-To": "<b@example.org>",
      Subject: "Re: x",
      Date: "Mon, 4 Jan 2021 10:00:00 +0000",
    });
    const b = mail({
      "Message-ID": "<b@example.org>",
      "In-Reply-To": "<a@example.org>",
      Subject: "Re: x",
      Date: "Mon, 4 Jan 2021 11:00:00 +0000",
    });
    await importMbox(pool, mbox(a), { listAddress: list });
    await importMbox(pool, mbox(b), { listAddress: list });

    const stored = await rows(list);
    expect(new Set(stored.map((row) => row.threadId)).size).toBe(1);
    expect(stored.filter((row) => row.parent === null)).toHaveLength(1);
  });

  it("stores a subject of hundreds of characters whole, as message and thread subject", async () => {
    const list = "long-subject@lists.example.org";
    const subject = Array.from({ length: 150 }, (_, index) => `part${index}`).join(" ");
    await importMbox(pool, mbox(mail({ "Message-ID": "<long@example.org>", Subject: subject })), {
      listAddress: list,
    });

    expect((await rows(list))[0]?.subject).toBe(subject);
    const { rows: threads } = await pool.query(
      `SELECT t.subject FROM thread t JOIN mailing_list l ON l.id = t."listId" WHERE l.address = $1`,
      [list],
    );
    expect(threads[0]?.subject).toBe(subject);
  });

  it("stores a References chain of hundreds of ids whole", async () => {
    const list = "long-chain@lists.example.org";
    const ids = Array.from({ length: 500 }, (_, index) => `c${index}@example.org`);
    const references = ids.map((id) => `<${id}>`).join("\n ");
    await importMbox(
      pool,
      mbox(
        mail({ "Message-ID": "<end@example.org>", References: references, Subject: "Re: long" }),
      ),
      {
        listAddress: list,
      },
    );
    expect((await rows(list))[0]?.references).toEqual(ids);
  });
});

describe("messages PostgreSQL could not hold as written", () => {
  it("stores NUL bytes in a subject, a Message-ID or an attachment name as U+FFFD", async () => {
    const list = "nul-bytes@lists.example.org";
    const attachment = [
      "--b",
      "Content-Type: text/plain",
      "",
      "see attached",
      "--b",
      "Content-Type: application/octet-stream",
      "Content-Disposition: attachment; filename*=utf-8''a%00b.bin",
      "",
      "data",
      "--b--",
      "",
    ].join("\n");
    const summary = await importMbox(
      pool,
      mbox(
        mail({ "Message-ID": "<before@example.org>", Subject: "fine" }),
        mail({ "Message-ID": "<nul-subject@example.org>", Subject: "=?utf-8?q?a=00b?=" }),
        mail({ "Message-ID": "<nul\u0000id@example.org>", Subject: "raw NUL in the id" }),
        mail(
          {
            "Message-ID": "<nul-name@example.org>",
            "Content-Type": 'multipart/mixed; boundary="b"',
          },
          attachment,
        ),
        mail({ "Message-ID": "<after@example.org>", Subject: "fine too" }),
      ),
      { listAddress: list },
    );
    expect([summary.messagesStored, summary.errors]).toEqual([5, []]);
    const stored = await rows(list);
    expect(stored.map((row) => row.messageId)).toContain("nul\uFFFDid@example.org");
    expect(stored.find((row) => row.messageId === "nul-subject@example.org")?.subject).toBe(
      "a\uFFFDb",
    );
    expect(stored.find((row) => row.messageId === "nul-name@example.org")?.attachments).toEqual([
      { name: "a\uFFFDb.bin", contentType: "application/octet-stream", size: 4 },
    ]);
  });

  it("refuses only the message whose Message-ID or address is longer than a header line", async () => {
    const list = "long-ids@lists.example.org";
    const long = "x".repeat(3_000);
    const summary = await importMbox(
      pool,
      mbox(
        mail({ "Message-ID": "<ok-1@example.org>" }),
        mail({ "Message-ID": `<${long}@example.org>` }),
        mail({ "Message-ID": "<long-from@example.org>", From: `${long}@example.org` }),
        mail({ "Message-ID": "<ok-2@example.org>" }),
      ),
      { listAddress: list, batchSize: 2 },
    );
    expect(summary.messagesStored).toBe(2);
    expect(summary.errors.map(({ index, reason }) => ({ index, reason }))).toEqual([
      {
        index: 2,
        reason: "its Message-ID is 3012 bytes long, more than the 998 a header line holds",
      },
      {
        index: 3,
        reason: "its From address is 3012 bytes long, more than the 998 a header line holds",
      },
    ]);
    expect((await rows(list)).map((row) => row.messageId)).toEqual([
      "ok-1@example.org",
      "ok-2@example.org",
    ]);
  });
});

describe("an import that fails partway", () => {
  const listExists = async (list: string) =>
    (await pool.query("SELECT 1 FROM mailing_list WHERE address = $1", [list])).rowCount === 1;
  const cutShort = (messages: string[]) => {
    const gzipped = gzipSync(Buffer.from(messages.join("\n")));
    return Readable.from([gzipped.subarray(0, gzipped.length - 20)]);
  };
  const messages = Array.from({ length: 30 }, (_, i) =>
    mail({ "Message-ID": `<cut-${i}@example.org>`, Subject: `message ${i}` }),
  );

  it("leaves no empty list behind when it stored nothing in the list it created", async () => {
    const list = "cut-short@lists.example.org";
    await expect(importMbox(pool, cutShort(messages), { listAddress: list })).rejects.toThrow(
      "the gzip data is cut short or damaged",
    );
    expect(await listExists(list)).toBe(false);
  });

  it("keeps the list and the batches it did store", async () => {
    const list = "cut-short-later@lists.example.org";
    await expect(
      importMbox(pool, cutShort(messages), { listAddress: list, batchSize: 10 }),
    ).rejects.toThrow("the gzip data is cut short or damaged");
    expect(await listExists(list)).toBe(true);
    expect((await rows(list)).length).toBeGreaterThanOrEqual(10);
  });
});

describe("input that is not an mbox", () => {
  it("is refused with a clear message before anything is stored, not even the list", async () => {
    const list = "never-created@lists.example.org";
    await expect(
      importMbox(pool, Readable.from([Buffer.from("Subject: a letter\n\nDear list,\n")]), {
        listAddress: list,
      }),
    ).rejects.toThrow('not an mbox file: the first line is not a "From " envelope line');
    const { rows: lists } = await pool.query("SELECT 1 FROM mailing_list WHERE address = $1", [
      list,
    ]);
    expect(lists).toEqual([]);
  });
});

describe("what else an import records", () => {
  it("stores flags for dates and charsets, and never dates mail by the time of the import", async () => {
    const list = "flags@lists.example.org";
    await importMbox(
      pool,
      mbox(
        mail({ "Message-ID": "<envelope@example.org>", Subject: "no date" }),
        "From nobody@example.org Wed Feb 31 10:00:00 2021\nMessage-ID: <nothing@example.org>\nSubject: no date at all\n\nx\n",
        mail(
          { "Message-ID": "<bad@example.org>", "Content-Type": "text/plain; charset=x-unheard-of" },
          "caf\xe9\n",
        ),
      ),
      { listAddress: list },
    );
    const stored = await rows(list);
    expect(stored.map((row) => [row.messageId, row.flags])).toEqual([
      ["envelope@example.org", ["date-from-envelope"]],
      ["nothing@example.org", ["date-from-none"]],
      ["bad@example.org", ["charset-unknown", "date-from-envelope"]],
    ]);
    expect(stored[0]?.sentAt.toISOString()).toBe("2021-01-04T10:00:00.000Z");
    expect(stored[1]?.sentAt.toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("lists attachments with their decoded names", async () => {
    const list = "attachments@lists.example.org";
    await importMbox(
      pool,
      mbox(
        mail(
          { "Message-ID": "<att@example.org>", "Content-Type": 'multipart/mixed; boundary="b"' },
          [
            "--b",
            "Content-Type: text/plain",
            "",
            "patch attached",
            "--b",
            "Content-Type: text/x-patch",
            "Content-Disposition: attachment; filename*=utf-8''poprawka-%C5%BC.patch",
            "",
            "+fix",
            "--b--",
            "",
          ].join("\n"),
        ),
      ),
      { listAddress: list },
    );
    expect((await rows(list))[0]?.attachments).toMatchObject([
      { name: "poprawka-ż.patch", contentType: "text/x-patch", size: 4 },
    ]);
  });

  it("records each run: its source, the mbox variant and its counts", async () => {
    const list = "variant@lists.example.org";
    const body = ">From the start\n>>From a quote\n";
    const summary = await importMbox(pool, mbox(mail({ "Message-ID": "<v@example.org>" }, body)), {
      listAddress: list,
      source: "variant.mbox",
    });
    expect(summary.variant).toBe("mboxrd");

    const { rows: runs } = await pool.query(
      `SELECT source, variant, "messagesRead", "messagesStored", "finishedAt" IS NOT NULL AS finished
         FROM mbox_import i JOIN mailing_list l ON l.id = i."listId" WHERE l.address = $1`,
      [list],
    );
    expect(runs).toEqual([
      {
        source: "variant.mbox",
        variant: "mboxrd",
        messagesRead: 1,
        messagesStored: 1,
        finished: true,
      },
    ]);
  });

  it("indexes the sender's own words for search, not the quoted ones or the signature", async () => {
    const list = "search@lists.example.org";
    const body =
      "On Monday, Jan wrote:\n> kangaroo in the quote\nThe wombat is mine.\n-- \nplatypus signature\n";
    await importMbox(
      pool,
      mbox(mail({ "Message-ID": "<search@example.org>", Subject: "Echidna news" }, body)),
      {
        listAddress: list,
      },
    );

    const found = async (words: string) => {
      const { rows: hits } = await pool.query(
        `SELECT count(*)::int AS n FROM message m JOIN mailing_list l ON l.id = m."listId"
          JOIN message_search s ON s."messageId" = m.id
          WHERE l.address = $1 AND s.vector @@ websearch_to_tsquery('english', $2)`,
        [list, words],
      );
      return hits[0]?.n;
    };
    expect(await found("wombats")).toBe(1);
    expect(await found("echidna")).toBe(1);
    expect(await found("kangaroo")).toBe(0);
    expect(await found("platypus")).toBe(0);
  });
});

import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMbox } from "@/lib/archive/import-mbox";
import { NotAnMboxError } from "@/lib/mail/mbox";
import { FIXTURES } from "@/lib/testing/shared-fixtures";

const fixture = (name: string) => new URL(name, FIXTURES).pathname;
const bare = (id: string) => id.replace(/^<|>$/g, "");

let pool: pg.Pool;
beforeAll(() => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
});
afterAll(async () => {
  await pool.end();
});

async function messagesOf(list: string) {
  const { rows } = await pool.query<{
    messageId: string;
    parent: string | null;
    threadId: number;
    sentAt: Date;
    utcOffset: number | null;
    body: string;
    displayName: string;
  }>(
    `SELECT m."messageId", p."messageId" AS parent, m."threadId", m."sentAt", m."utcOffset", m.body,
            person."displayName"
       FROM message m
       JOIN mailing_list l ON l.id = m."listId"
       JOIN person ON person.id = m."authorId"
       LEFT JOIN message p ON p.id = m."parentId"
      WHERE l.address = $1`,
    [list],
  );
  return new Map(rows.map((row) => [row.messageId, row]));
}

function mbox(...messages: string[]): Readable {
  return Readable.from([Buffer.from(messages.join("\n"))]);
}

function mail(id: string, headers: Record<string, string>, body = "text\n"): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `From sender@example.org Mon Jan  4 10:00:00 2021\nMessage-ID: <${id}>\n${lines.join("\n")}\n\n${body}`;
}

describe("importing the linux-mptcp thread", () => {
  const expected = JSON.parse(readFileSync(fixture("linux-mptcp-community.expected.json"), "utf8"));

  it("stores one thread of six messages exactly as the expected file says", async () => {
    const summary = await importMbox(pool, fixture("linux-mptcp-community.mbox"), {
      listAddress: expected.list,
    });
    expect(summary).toMatchObject({ messagesStored: 6, duplicatesSkipped: 0, errors: [] });

    const messages = await messagesOf(expected.list);
    expect(messages.size).toBe(expected.messages);
    expect(new Set([...messages.values()].map((m) => m.threadId)).size).toBe(expected.threads);

    const { rows: threads } = await pool.query(
      `SELECT t.subject, t."messageCount", t."participantCount" FROM thread t
         JOIN mailing_list l ON l.id = t."listId" WHERE l.address = $1`,
      [expected.list],
    );
    expect(threads).toEqual([
      {
        subject: expected.subject,
        messageCount: 6,
        participantCount: expected.participants.length,
      },
    ]);

    const walk = (tree: Record<string, object>, parent: string | null) => {
      for (const [id, children] of Object.entries(tree)) {
        expect(messages.get(bare(id))?.parent ?? null).toBe(parent);
        walk(children as Record<string, object>, bare(id));
      }
    };
    walk(expected.tree, null);

    expect(new Set([...messages.values()].map((m) => m.displayName))).toEqual(
      new Set(expected.participants),
    );
    for (const [id, date] of Object.entries(expected.dates_utc)) {
      expect(messages.get(bare(id))?.sentAt.toISOString().replace(".000Z", "Z")).toBe(date);
    }
    expect(messages.get("20170607185515.mptcp-3@example.org")?.utcOffset).toBe(-600);

    for (const [id, checks] of Object.entries(expected.body_checks) as [
      string,
      { contains?: string[]; not_contains?: string[] },
    ][]) {
      const body = messages.get(bare(id))?.body ?? "";
      for (const text of checks.contains ?? []) expect(body).toContain(text);
      for (const text of checks.not_contains ?? []) expect(body).not.toContain(text);
    }
  });

  it("adds nothing when the same file is imported again", async () => {
    const summary = await importMbox(pool, fixture("linux-mptcp-community.mbox"), {
      listAddress: expected.list,
    });
    expect(summary).toMatchObject({ messagesStored: 0, duplicatesSkipped: 6, threadsInList: 1 });
    expect((await messagesOf(expected.list)).size).toBe(6);
  });
});

describe("importing a real month of fedora-devel (gzip)", () => {
  const expected = JSON.parse(readFileSync(fixture("fedora-devel-2010-01.expected.json"), "utf8"));

  it("stores all 292 messages and every expected parent link holds", async () => {
    const summary = await importMbox(pool, fixture("fedora-devel-2010-01.mbox.gz"), {
      listAddress: expected.list,
    });
    expect(summary.errors).toEqual([]);
    expect(summary.messagesStored).toBe(expected.messages);
    expect(summary.threadsInList).toBe(expected.threads);

    const messages = await messagesOf(expected.list);
    for (const [child, parent] of Object.entries(expected.parents) as [string, string][]) {
      expect({ child, parent: messages.get(bare(child))?.parent }).toEqual({
        child,
        parent: bare(parent),
      });
    }

    const { rows } = await pool.query<{ max: number }>(
      `SELECT max("messageCount") FROM thread t JOIN mailing_list l ON l.id = t."listId" WHERE l.address = $1`,
      [expected.list],
    );
    expect(rows[0]?.max).toBe(expected.largest_thread_messages);
  });
});

describe("importing broken and partial archives", () => {
  it("refuses a file that is not an mbox before storing anything", async () => {
    const list = "not-mbox@lists.example.org";
    await expect(
      importMbox(pool, Readable.from([Buffer.from("just some text\nnot mail\n")]), {
        listAddress: list,
      }),
    ).rejects.toBeInstanceOf(NotAnMboxError);
    expect((await messagesOf(list)).size).toBe(0);
    const { rows } = await pool.query("SELECT 1 FROM mailing_list WHERE address = $1", [list]);
    expect(rows).toHaveLength(0);
  });

  it("refuses an empty file as holding no message", async () => {
    const list = "empty@lists.example.org";
    await expect(
      importMbox(pool, Readable.from([Buffer.alloc(0)]), { listAddress: list }),
    ).rejects.toThrow("not an mbox file: it holds no message");
    const { rows } = await pool.query("SELECT 1 FROM mailing_list WHERE address = $1", [list]);
    expect(rows).toHaveLength(0);
  });

  it("reports a message that cannot be parsed with its position and still imports the rest", async () => {
    const list = "broken@lists.example.org";
    const summary = await importMbox(
      pool,
      mbox(
        mail("ok-1@example.org", { Subject: "first", Date: "Mon, 4 Jan 2021 10:00:00 +0000" }),
        "From sender@example.org Mon Jan  4 11:00:00 2021\nthis is not a header line\n\nbody\n",
        mail("ok-2@example.org", {
          Subject: "Re: first",
          "In-Reply-To": "<ok-1@example.org>",
          Date: "Mon, 4 Jan 2021 12:00:00 +0000",
        }),
      ),
      { listAddress: list },
    );
    expect(summary.messagesStored).toBe(2);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatchObject({ index: 2 });
    expect(summary.errors[0]?.reason).toMatch(/\w/);
    const stored = await messagesOf(list);
    expect(stored.get("ok-2@example.org")?.parent).toBe("ok-1@example.org");
  });

  it("puts a parent that arrives in a later import at the root of the same thread", async () => {
    const list = "late-parent@lists.example.org";
    await importMbox(
      pool,
      mbox(
        mail("reply-a@example.org", {
          Subject: "Re: plan",
          "In-Reply-To": "<root@example.org>",
          Date: "Mon, 4 Jan 2021 11:00:00 +0000",
        }),
        mail("reply-b@example.org", {
          Subject: "Re: plan",
          References: "<root@example.org> <reply-a@example.org>",
          Date: "Mon, 4 Jan 2021 12:00:00 +0000",
        }),
      ),
      { listAddress: list },
    );
    const before = await messagesOf(list);
    const threadBefore = before.get("reply-a@example.org")?.threadId;
    expect(before.get("reply-b@example.org")?.threadId).toBe(threadBefore);

    await importMbox(
      pool,
      mbox(mail("root@example.org", { Subject: "plan", Date: "Mon, 4 Jan 2021 10:00:00 +0000" })),
      { listAddress: list },
    );
    const after = await messagesOf(list);
    expect(after.get("reply-a@example.org")?.parent).toBe("root@example.org");
    expect(after.get("root@example.org")?.threadId).toBe(threadBefore);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM thread t JOIN mailing_list l ON l.id = t."listId" WHERE l.address = $1`,
      [list],
    );
    expect(rows[0].n).toBe(1);
  });

  it("merges two threads when a later message links them", async () => {
    const list = "merge@lists.example.org";
    await importMbox(
      pool,
      mbox(
        mail("one@example.org", { Subject: "one", Date: "Mon, 4 Jan 2021 10:00:00 +0000" }),
        mail("two@example.org", {
          Subject: "Re: one",
          References: "<missing@example.org>",
          Date: "Mon, 4 Jan 2021 11:00:00 +0000",
        }),
      ),
      { listAddress: list },
    );
    expect(new Set([...(await messagesOf(list)).values()].map((m) => m.threadId)).size).toBe(2);

    await importMbox(
      pool,
      mbox(
        mail("missing@example.org", {
          Subject: "Re: one",
          "In-Reply-To": "<one@example.org>",
          Date: "Mon, 4 Jan 2021 10:30:00 +0000",
        }),
      ),
      { listAddress: list },
    );
    const after = await messagesOf(list);
    expect(new Set([...after.values()].map((m) => m.threadId)).size).toBe(1);
    expect(after.get("two@example.org")?.parent).toBe("missing@example.org");
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, max("messageCount") AS size FROM thread t
         JOIN mailing_list l ON l.id = t."listId" WHERE l.address = $1`,
      [list],
    );
    expect(rows[0]).toEqual({ n: 1, size: 3 });
  });

  it("keeps Message-IDs with quotes, backslashes and slashes exactly", async () => {
    const list = "odd-ids@lists.example.org";
    const odd = 'a"b\\c/../x@example.org';
    await importMbox(
      pool,
      mbox(
        mail(odd, { Subject: "odd", Date: "Mon, 4 Jan 2021 10:00:00 +0000" }),
        mail("plain@example.org", {
          Subject: "Re: odd",
          References: `<${odd}>`,
          Date: "Mon, 4 Jan 2021 11:00:00 +0000",
        }),
      ),
      { listAddress: list },
    );
    const stored = await messagesOf(list);
    expect(stored.get("plain@example.org")?.parent).toBe(odd);
  });
});

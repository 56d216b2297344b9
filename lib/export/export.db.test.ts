import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listMbox } from "@/app/api/lists/[address]/mbox/route";
import { GET as threadMbox } from "@/app/api/threads/[id]/mbox/route";
import { GET as messageRoute } from "@/app/m/[...messageId]/route";
import { importMbox } from "@/lib/archive/import-mbox";
import { messagePath } from "@/lib/export/message-path";
import { createSignedInUser, type SignedInUser, testRequest } from "@/lib/testing/sessions";
import { FEDORA_MBOX, MPTCP_MBOX } from "@/lib/testing/shared-fixtures";

let pool: pg.Pool;
let member: SignedInUser;
beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  member = await createSignedInUser(["member"], "exporter");
});
afterAll(async () => {
  await pool.end();
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

/**
 * The tree, subjects, names, dates and bodies of a list's threads, keyed by Message-ID, and the
 * stored bytes (people are shared between lists, so the names alone would prove little).
 */
async function contentOf(list: string) {
  const { rows } = await pool.query(
    `SELECT m."messageId", p."messageId" AS parent, m.subject, a."displayName", m."sentAt",
            m."utcOffset", m.body, md5(m.raw) AS raw, t.subject AS thread
       FROM message m
       JOIN mailing_list l ON l.id = m."listId"
       JOIN person a ON a.id = m."authorId"
       JOIN thread t ON t.id = m."threadId"
       LEFT JOIN message p ON p.id = m."parentId"
      WHERE l.address = $1 ORDER BY m."messageId"`,
    [list],
  );
  return rows;
}

async function threadIdOf(list: string, messageId: string): Promise<number> {
  const { rows } = await pool.query(
    `SELECT m."threadId" FROM message m JOIN mailing_list l ON l.id = m."listId"
      WHERE l.address = $1 AND m."messageId" = $2`,
    [list, messageId],
  );
  return rows[0]?.threadId;
}

describe("GET /api/threads/<id>/mbox", () => {
  it("exports a thread that imports into an empty list as the same tree, names, dates and bodies", async () => {
    await importMbox(pool, fileURLToPath(MPTCP_MBOX), {
      listAddress: "export-source@lists.example.org",
    });
    const threadId = await threadIdOf(
      "export-source@lists.example.org",
      "20170606205801.mptcp-1@example.org",
    );

    const response = await threadMbox(
      testRequest(`/api/threads/${threadId}/mbox`, { as: member }),
      params({ id: String(threadId) }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/mbox");
    expect(response.headers.get("content-disposition")).toContain(`thread-${threadId}.mbox`);

    const exported = Buffer.from(await response.arrayBuffer());
    await importMbox(pool, Readable.from([exported]), {
      listAddress: "export-copy@lists.example.org",
    });
    expect(await contentOf("export-copy@lists.example.org")).toEqual(
      await contentOf("export-source@lists.example.org"),
    );
  });

  it("round-trips the largest thread of a real month, 49 messages of real clients", async () => {
    const source = "fedora-source@lists.example.org";
    await importMbox(pool, fileURLToPath(FEDORA_MBOX), { listAddress: source });
    const { rows } = await pool.query(
      `SELECT t.id FROM thread t JOIN mailing_list l ON l.id = t."listId"
        WHERE l.address = $1 ORDER BY t."messageCount" DESC LIMIT 1`,
      [source],
    );
    const response = await threadMbox(
      testRequest("/api/threads/x/mbox", { as: member }),
      params({ id: String(rows[0].id) }),
    );
    await importMbox(pool, Readable.from([Buffer.from(await response.arrayBuffer())]), {
      listAddress: "fedora-copy@lists.example.org",
    });

    const copy = await contentOf("fedora-copy@lists.example.org");
    expect(copy).toHaveLength(49);
    const original = new Map((await contentOf(source)).map((row) => [row.messageId, row]));
    for (const row of copy) expect(row).toEqual(original.get(row.messageId));
  });

  it("refuses readers who are not signed in, since exports carry addresses", async () => {
    const response = await threadMbox(testRequest("/api/threads/1/mbox"), params({ id: "1" }));
    expect(response.status).toBe(401);
  });

  it("says not found for an unknown thread", async () => {
    const response = await threadMbox(
      testRequest("/api/threads/999999/mbox", { as: member }),
      params({ id: "999999" }),
    );
    expect(response.status).toBe(404);
  });
});

describe("GET /api/lists/<address>/mbox", () => {
  const list = "export-range@lists.example.org";
  beforeAll(async () => {
    const messages = [1, 2, 3].map(
      (day) =>
        `From z@example.org Mon Jan  ${day} 10:00:00 2021\nMessage-ID: <day-${day}@example.org>\n` +
        "From: Zofia <z@example.org>\n" +
        `Date: ${day} Jan 2021 10:00:00 +0000\nSubject: day ${day}\n\nFrom the diary of day ${day}\n`,
    );
    await importMbox(pool, Readable.from([Buffer.from(messages.join("\n"))]), {
      listAddress: list,
    });
  });

  async function exported(query: string) {
    const response = await listMbox(
      testRequest(`/api/lists/${list}/mbox${query}`, { as: member }),
      params({ address: list }),
    );
    return { status: response.status, text: await response.text() };
  }

  it("streams the messages sent in [from, to), escaped as mboxrd", async () => {
    const { status, text } = await exported("?from=2021-01-02&to=2021-01-03");
    expect(status).toBe(200);
    expect(text).toBe(
      "From z@example.org Sat Jan  2 10:00:00 2021\nMessage-ID: <day-2@example.org>\n" +
        "From: Zofia <z@example.org>\nDate: 2 Jan 2021 10:00:00 +0000\nSubject: day 2\n\n>From the diary of day 2\n\n",
    );
  });

  it("exports the whole list without bounds, and refuses a range that ends before it starts", async () => {
    expect((await exported("")).text.match(/^From /gm)).toHaveLength(3);
    expect((await exported("?from=2021-01-03&to=2021-01-01")).status).toBe(400);
    expect((await exported("?from=yesterday")).status).toBe(400);
  });

  it("refuses a bound in the year 0, which PostgreSQL cannot hold, naming it", async () => {
    for (const query of ["?from=0000-01-01", "?to=0001-01-01T00:30:00%2B01:00"]) {
      const { status, text } = await exported(query);
      expect(status).toBe(400);
      expect(text).toContain("must be a date in the years 1 to 9999");
    }
  });

  it("refuses readers who are not signed in", async () => {
    const response = await listMbox(
      testRequest(`/api/lists/${list}/mbox`),
      params({ address: list }),
    );
    expect(response.status).toBe(401);
  });
});

describe("GET /m/<Message-ID>/raw and /attachments/<n>", () => {
  const list = "raw@lists.example.org";
  const oddId = `a/../"b"&c@example.org`;
  const raw =
    `Message-ID: <${oddId}>\nSubject: patch\nContent-Type: multipart/mixed; boundary="b"\n\n` +
    `--b\nContent-Type: text/plain\n\nsee attached\n--b\nContent-Type: text/html\n` +
    `Content-Disposition: attachment; filename="evil\\"name.html"\nContent-Transfer-Encoding: base64\n\n` +
    `${Buffer.from("<script>alert(1)</script>").toString("base64")}\n--b--\n`;
  beforeAll(async () => {
    await importMbox(
      pool,
      Readable.from([Buffer.from(`From z@example.org Mon Jan  4 10:00:00 2021\n${raw}`)]),
      {
        listAddress: list,
      },
    );
  });

  const get = (path: string, as: SignedInUser | null = member) =>
    messageRoute(testRequest(path, { as }));

  it("gives the message exactly as stored, as text the browser will not run", async () => {
    const response = await get(messagePath(oddId, { raw: true }));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe(raw);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("serves an attachment decoded, as a download with a safe name", async () => {
    const response = await get(messagePath(oddId, { attachment: 0 }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<script>alert(1)</script>");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="evil_name.html"; filename*=UTF-8''evil%22name.html`,
    );
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect((await get(messagePath(oddId, { attachment: 1 }))).status).toBe(404);
  });

  it("keeps redirecting /m/<id> to the thread, for anyone", async () => {
    const response = await get(messagePath(oddId), null);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/threads\/\d+#m-\d+$/);
  });

  it("leaves out a message a moderator hid", async () => {
    await pool.query(`UPDATE message SET "hiddenAt" = now() WHERE "messageId" = $1`, [oddId]);
    expect((await get(messagePath(oddId, { raw: true }))).status).toBe(404);
    const listExport = await listMbox(
      testRequest(`/api/lists/${list}/mbox`, { as: member }),
      params({ address: list }),
    );
    expect(await listExport.text()).toBe("");
    await pool.query(`UPDATE message SET "hiddenAt" = NULL WHERE "messageId" = $1`, [oddId]);
  });

  it("refuses raw mail and attachments to readers who are not signed in", async () => {
    expect((await get(messagePath(oddId, { raw: true }), null)).status).toBe(401);
    expect((await get(messagePath(oddId, { attachment: 0 }), null)).status).toBe(401);
  });
});

import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BinaryCopyWriter } from "./binary-copy";

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("BinaryCopyWriter", () => {
  it("writes every type the importer uses so that PostgreSQL reads it back exactly", async () => {
    await client.query(
      `CREATE TEMP TABLE copied (n int4, b bool, t text, raw bytea, at timestamptz, j jsonb, a text[])`,
    );
    const raw = Buffer.from([0, 1, 2, 0xff, 0x0a]);
    const at = new Date("2017-06-07T18:55:15.123Z");
    const writer = new BinaryCopyWriter();
    writer.row(7).int4(-42).bool(true).text('Zażółć "gęślą"\n\\').bytea(raw).timestamptz(at);
    writer.jsonb('[{"name":"ü.txt"}]').textArray(["a@x", 'q"uote', "sl/ash"]);
    writer.row(7).int4(null).bool(false).text(null).bytea(null).timestamptz(new Date(0));
    writer.jsonb("[]").textArray([]);

    const copy = client.query(copyFrom("COPY copied FROM STDIN (FORMAT binary)"));
    await pipeline(Readable.from([writer.finish()]), copy);

    const { rows } = await client.query("SELECT * FROM copied ORDER BY n NULLS LAST");
    expect(rows).toEqual([
      {
        n: -42,
        b: true,
        t: 'Zażółć "gęślą"\n\\',
        raw,
        at,
        j: [{ name: "ü.txt" }],
        a: ["a@x", 'q"uote', "sl/ash"],
      },
      { n: null, b: false, t: null, raw: null, at: new Date(0), j: [], a: [] },
    ]);
  });

  it("grows past its first buffer for large values", async () => {
    await client.query("CREATE TEMP TABLE large (t text)");
    const big = "x".repeat(3_000_000);
    const writer = new BinaryCopyWriter();
    writer.row(1).text(big);
    const copy = client.query(copyFrom("COPY large FROM STDIN (FORMAT binary)"));
    await pipeline(Readable.from([writer.finish()]), copy);

    const { rows } = await client.query("SELECT length(t) AS n FROM large");
    expect(rows[0].n).toBe(big.length);
  });
});

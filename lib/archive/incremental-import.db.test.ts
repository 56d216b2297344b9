import { Readable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importMbox } from "@/lib/archive/import-mbox";

// The property behind incremental import: however the messages of a thread arrive (in any
// order, split over two imports or over several batches of one), the list ends up with the same
// threads as when everything was imported at once. Checked for every shape a 4-message thread
// can have: each of the 64 rooted trees on four messages, delivered in each of the 24 orders.
// Every (order, tree) pair is a thread of its own, with its own ids, so that one list holds
// all 1,536 of them and each way of delivering takes only a few imports.

const SIZE = 4;
const BASE_TIME = Date.UTC(2021, 0, 4, 10);

/** Every parent array of a rooted tree on SIZE nodes: -1 for the root, no cycles. */
function allTrees(): number[][] {
  const trees: number[][] = [];
  const visit = (parents: number[]) => {
    if (parents.length === SIZE) {
      if (parents.filter((p) => p === -1).length === 1 && isAcyclic(parents)) trees.push(parents);
      return;
    }
    for (let parent = -1; parent < SIZE; parent += 1) {
      if (parent !== parents.length) visit([...parents, parent]);
    }
  };
  visit([]);
  return trees;
}

function isAcyclic(parents: number[]): boolean {
  return parents.every((_, start) => {
    const seen = new Set<number>();
    for (let at = start; at !== -1; at = parents[at] as number) {
      if (seen.has(at)) return false;
      seen.add(at);
    }
    return true;
  });
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [
      item,
      ...rest,
    ]),
  );
}

const TREES = allTrees();
const ORDERS = permutations([0, 1, 2, 3]);

interface Thread {
  order: number[];
  tree: number;
}

const THREADS: Thread[] = ORDERS.flatMap((order) => TREES.map((_, tree) => ({ order, tree })));

const id = (thread: Thread, node: number) =>
  `o${thread.order.join("")}-t${thread.tree}-n${node}@example.org`;

function ancestors(parents: number[], node: number): number[] {
  const chain: number[] = [];
  for (let at = parents[node] as number; at !== -1; at = parents[at] as number) chain.unshift(at);
  return chain;
}

/**
 * One message of one tree. The trees differ in how their replies name their parents, the three
 * ways mail clients do: In-Reply-To and the whole References chain, In-Reply-To alone, or
 * References alone. Dates follow the node number, so a parent is often dated after its reply.
 */
function message(thread: Thread, node: number): string {
  const parents = TREES[thread.tree] as number[];
  const parent = parents[node] as number;
  const style = thread.tree % 3;
  const headers = [
    "From anna@example.org Mon Jan  4 10:00:00 2021",
    `Message-ID: <${id(thread, node)}>`,
    "From: Anna Test <anna@example.org>",
    `Date: ${new Date(BASE_TIME + node * 60_000).toUTCString()}`,
    `Subject: ${parent === -1 ? "" : "Re: "}topic ${thread.order.join("")}-${thread.tree}`,
  ];
  if (parent !== -1 && style !== 2) headers.push(`In-Reply-To: <${id(thread, parent)}>`);
  if (parent !== -1 && style !== 1) {
    const chain = ancestors(parents, node).map((ancestor) => `<${id(thread, ancestor)}>`);
    headers.push(`References: ${chain.join(" ")}`);
  }
  return `${headers.join("\n")}\n\nbody of ${node}\n`;
}

/** The messages at positions [from, to) of each thread's delivery order, position by position. */
function deliver(from: number, to: number): string[] {
  const messages: string[] = [];
  for (let position = from; position < to; position += 1) {
    for (const thread of THREADS) messages.push(message(thread, thread.order[position] as number));
  }
  return messages;
}

function mbox(messages: string[]): Readable {
  return Readable.from([Buffer.from(messages.join("\n"))]);
}

let pool: pg.Pool;
let expected: string[];

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  await importMbox(pool, mbox(deliver(0, SIZE)), { listAddress: "all-at-once@lists.example.org" });
  expected = await canonicalThreads("all-at-once@lists.example.org");
});
afterAll(async () => {
  await pool.end();
});

/** Each message with its parent and its thread's root, by Message-ID, sorted. */
async function canonicalThreads(list: string): Promise<string[]> {
  const { rows } = await pool.query<{ line: string }>(
    `SELECT concat_ws(' ', m."messageId", coalesce(p."messageId", '-'), r."messageId",
                      t."messageCount") AS line
       FROM message m
       JOIN mailing_list l ON l.id = m."listId"
       JOIN thread t ON t.id = m."threadId"
       JOIN message r ON r."threadId" = m."threadId" AND r."parentId" IS NULL
       LEFT JOIN message p ON p.id = m."parentId"
      WHERE l.address = $1`,
    [list],
  );
  return rows.map((row) => row.line).sort();
}

describe("importing the same threads in any order", () => {
  it("gives every message the parent its tree says when all arrive at once", () => {
    expect(TREES).toHaveLength(64);
    const lines = THREADS.flatMap((thread) => {
      const parents = TREES[thread.tree] as number[];
      const root = id(thread, parents.indexOf(-1));
      return parents.map((parent, node) => {
        const parentId = parent === -1 ? "-" : id(thread, parent);
        return `${id(thread, node)} ${parentId} ${root} ${SIZE}`;
      });
    });
    expect(expected).toEqual(lines.sort());
  });

  it.each([1, 2, 3])(
    "gives the same threads split over two imports after %i of 4",
    async (split) => {
      const list = `split-${split}@lists.example.org`;
      await importMbox(pool, mbox(deliver(0, split)), { listAddress: list });
      await importMbox(pool, mbox(deliver(split, SIZE)), { listAddress: list });
      expect(await canonicalThreads(list)).toEqual(expected);
    },
  );

  it("gives the same threads with one position of every order per batch", async () => {
    const list = "batched@lists.example.org";
    await importMbox(pool, mbox(deliver(0, SIZE)), {
      listAddress: list,
      batchSize: THREADS.length,
    });
    expect(await canonicalThreads(list)).toEqual(expected);
  });

  it("gives the same threads one message per batch, for a sample of the threads", async () => {
    const list = "one-by-one@lists.example.org";
    const sample = deliver(0, SIZE).filter((_, index) => index % 97 === 0);
    const reference = "one-by-one-reference@lists.example.org";
    await importMbox(pool, mbox(sample), { listAddress: list, batchSize: 1 });
    await importMbox(pool, mbox(sample), { listAddress: reference });
    expect(await canonicalThreads(list)).toEqual(await canonicalThreads(reference));
  });
});

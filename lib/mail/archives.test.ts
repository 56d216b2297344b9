import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FEDORA_EXPECTED,
  FEDORA_MBOX,
  MPTCP_EXPECTED,
  MPTCP_MBOX,
} from "@/lib/testing/shared-fixtures";
import { readMbox } from "./mbox";
import { type ParsedMessage, parseMessage } from "./parse";
import { normalizeSubject } from "./subject";
import { type ThreadPosition, threadMessages } from "./threading";

// The expected files name messages by id with angle brackets; parsed ids have none.
function bare(id: string): string {
  return id.replace(/^<|>$/g, "");
}

async function parseArchive(url: URL): Promise<ParsedMessage[]> {
  const messages: ParsedMessage[] = [];
  for await (const entry of readMbox(fileURLToPath(url))) {
    messages.push(await parseMessage(entry.raw, { envelope: entry.envelope }));
  }
  return messages;
}

function thread(messages: ParsedMessage[]): Map<string, ThreadPosition> {
  return threadMessages(
    messages.map((message) => ({
      key: message.messageId ?? "",
      inReplyTo: message.inReplyTo,
      references: message.references,
      subject: message.subject,
      date: message.date ?? new Date(Number.NaN),
    })),
  );
}

type Tree = { [id: string]: Tree };

function parentsInTree(tree: Tree, parent: string | null = null): [string, string | null][] {
  return Object.entries(tree).flatMap(([id, children]) => [
    [bare(id), parent] as [string, string | null],
    ...parentsInTree(children, bare(id)),
  ]);
}

describe("the linux-mptcp-community archive", () => {
  const expected = JSON.parse(readFileSync(MPTCP_EXPECTED, "utf8"));
  let messages: ParsedMessage[] = [];
  const byId = (id: string) => messages.find((message) => message.messageId === bare(id));

  beforeAll(async () => {
    messages = await parseArchive(MPTCP_MBOX);
  });

  it("holds six messages in one thread shaped as expected", () => {
    const threads = thread(messages);

    expect(messages).toHaveLength(expected.messages);
    const parents = new Map([...threads].map(([id, position]) => [id, position.parent]));
    expect(parents).toEqual(new Map(parentsInTree(expected.tree)));
    expect(new Set([...threads.values()].map((position) => position.root)).size).toBe(
      expected.threads,
    );
  });

  it("decodes every participant's name", () => {
    const names = new Set(messages.map((message) => message.from.name));

    expect(names).toEqual(new Set(expected.participants));
  });

  it("dates every message in UTC", () => {
    for (const [id, utc] of Object.entries<string>(expected.dates_utc)) {
      expect(byId(id)?.date?.toISOString().replace(".000Z", "Z"), id).toBe(utc);
    }
    expect(messages.map((message) => message.utcOffsetMinutes)).toContain(-600);
  });

  it("decodes the bodies", () => {
    const checks: Record<string, { contains?: string[]; not_contains?: string[] }> =
      expected.body_checks;

    for (const [id, { contains = [], not_contains = [] }] of Object.entries(checks)) {
      const text = byId(id)?.text ?? "";
      for (const snippet of contains) expect(text, id).toContain(snippet);
      for (const snippet of not_contains) expect(text, id).not.toContain(snippet);
    }
  });

  it("knows every message by the thread's subject once normalised", () => {
    for (const message of messages) {
      expect(normalizeSubject(message.subject)).toBe(expected.subject);
    }
  });
});

describe("the fedora-devel-2010-01 archive", () => {
  const expected = JSON.parse(readFileSync(FEDORA_EXPECTED, "utf8"));
  let messages: ParsedMessage[] = [];

  beforeAll(async () => {
    messages = await parseArchive(FEDORA_MBOX);
  });

  it("parses every message, each with an id and a date from its header", () => {
    expect(messages).toHaveLength(expected.messages);
    expect(messages.filter((message) => message.messageId === null)).toEqual([]);
    expect(messages.filter((message) => message.dateSource !== "date")).toEqual([]);
  });

  it("threads the archive as its expected file says", () => {
    const threads = thread(messages);
    const sizes = new Map<string, number>();
    for (const { root } of threads.values()) sizes.set(root, (sizes.get(root) ?? 0) + 1);

    for (const [id, parent] of Object.entries<string>(expected.parents)) {
      expect(threads.get(bare(id))?.parent, id).toBe(bare(parent));
    }
    expect(threads.size).toBe(expected.messages);
    expect(sizes.size).toBe(expected.threads);
    expect(Math.max(...sizes.values())).toBe(expected.largest_thread_messages);
  });
});

import { describe, expect, it } from "vitest";
import { type ThreadInput, threadMessages } from "./threading";

let clock = Date.UTC(2017, 5, 6);

/** A message dated one minute after the previous one made here. */
function message(key: string, fields: Partial<ThreadInput> = {}): ThreadInput {
  clock += 60_000;
  return { key, inReplyTo: [], references: [], subject: key, date: new Date(clock), ...fields };
}

function parents(messages: ThreadInput[]): Record<string, string | null> {
  const threads = threadMessages(messages);
  return Object.fromEntries([...threads].map(([key, position]) => [key, position.parent]));
}

function roots(messages: ThreadInput[]): Record<string, string> {
  const threads = threadMessages(messages);
  return Object.fromEntries([...threads].map(([key, position]) => [key, position.root]));
}

describe("threadMessages", () => {
  it("links by In-Reply-To, else by the closest ancestor named in References", () => {
    const messages = [
      message("a"),
      message("b", { inReplyTo: ["a"], references: ["a"] }),
      message("c", { references: ["a", "b", "missing"] }),
      message("d", { inReplyTo: ["missing"], references: ["a", "c", "missing"] }),
      message("e", { inReplyTo: ["b", "c"], references: ["a"] }),
    ];

    expect(parents(messages)).toEqual({ a: null, b: "a", c: "b", d: "c", e: "a" });
    expect(new Set(Object.values(roots(messages)))).toEqual(new Set(["a"]));
  });

  it("prefers the single In-Reply-To over the last of References", () => {
    const messages = [
      message("a"),
      message("b", { inReplyTo: ["a"] }),
      message("c", { inReplyTo: ["a"], references: ["a", "b"] }),
    ];

    expect(parents(messages).c).toBe("a");
  });

  it("makes a reply whose parent is missing a root", () => {
    const messages = [message("a", { inReplyTo: ["gone"], references: ["older", "gone"] })];

    expect(threadMessages(messages).get("a")).toEqual({ parent: null, root: "a" });
  });

  it("links a reply dated before its parent", () => {
    const reply = message("reply", { inReplyTo: ["original"] });
    const original = message("original");

    expect(parents([reply, original])).toEqual({ reply: "original", original: null });
  });

  it("breaks two messages answering each other, the earlier becoming the root", () => {
    const a = message("a", { inReplyTo: ["b"] });
    const b = message("b", { inReplyTo: ["a"] });

    expect(threadMessages([b, a])).toEqual(
      new Map([
        ["a", { parent: "b", root: "b" }],
        ["b", { parent: null, root: "b" }],
      ]),
    );
  });

  it("ends a longer loop of references and falls back to the next candidate", () => {
    const messages = [
      message("a", { references: ["c"] }),
      message("b", { references: ["a"] }),
      message("c", { references: ["x", "b"] }),
      message("x"),
      message("d", { inReplyTo: ["d"] }),
    ];
    const threads = threadMessages(messages);

    expect(parents(messages)).toEqual({ a: "c", b: "a", c: "x", x: null, d: null });
    for (const key of threads.keys()) {
      const seen = new Set<string>();
      for (let at: string | null = key; at !== null; at = threads.get(at)?.parent ?? null) {
        expect(seen.has(at), `cycle through ${key}`).toBe(false);
        seen.add(at);
      }
      expect(threads.get(key)?.root).toBe([...seen].at(-1));
    }
  });

  it("keeps two unrelated threads with the same subject apart", () => {
    const messages = [
      message("first", { subject: "Mirror outage" }),
      message("second", { subject: "[list] Mirror outage" }),
    ];

    expect(parents(messages)).toEqual({ first: null, second: null });
  });

  it("joins a header-less reply to the earliest thread with its subject, under the root", () => {
    const messages = [
      message("early", { subject: "[list] Mirror outage" }),
      message("early-reply", { subject: "Re: Mirror outage", inReplyTo: ["early"] }),
      message("late", { subject: "Mirror outage" }),
      message("orphan", { subject: "RE: [list] Re: Mirror  outage" }),
      message("other", { subject: "Re: Something else" }),
      message("no-subject", { subject: "Re: " }),
      message("no-subject-2", { subject: "Re:" }),
    ];

    expect(parents(messages)).toEqual({
      early: null,
      "early-reply": "early",
      late: null,
      orphan: "early",
      other: null,
      "no-subject": null,
      "no-subject-2": null,
    });
  });

  it("does not join a message with headers by subject, even when its parents are missing", () => {
    const messages = [
      message("root", { subject: "x" }),
      message("lost", { subject: "Re: x", inReplyTo: ["gone"] }),
    ];

    expect(parents(messages).lost).toBeNull();
  });

  it("keeps the first of messages with the same key", () => {
    const messages = [
      message("a"),
      message("b"),
      message("c", { inReplyTo: ["a"] }),
      message("c", { inReplyTo: ["b"] }),
    ];
    const threads = threadMessages(messages);

    expect(threads.size).toBe(3);
    expect(threads.get("c")?.parent).toBe("a");
  });

  it("threads 200,000 messages in one long chain quickly", () => {
    const count = 200_000;
    const start = Date.UTC(2020, 0, 1);
    const chain: ThreadInput[] = Array.from({ length: count }, (_, index) => ({
      key: `m${index}`,
      inReplyTo: index === 0 ? [] : [`m${index - 1}`],
      references: index === 0 ? [] : [`m0`, `m${index - 1}`],
      subject: "Re: long",
      date: new Date(start + (count - index) * 1000),
    }));

    const began = performance.now();
    const threads = threadMessages(chain);
    const elapsed = performance.now() - began;

    expect(threads.get(`m${count - 1}`)).toEqual({ parent: `m${count - 2}`, root: "m0" });
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe("threadMessages on faulty headers", () => {
  it("lets a single In-Reply-To win over References listed newest first", () => {
    const messages = [
      message("root"),
      message("middle", { inReplyTo: ["root"] }),
      message("reply", { inReplyTo: ["middle"], references: ["middle", "root"] }),
    ];
    expect(parents(messages).reply).toBe("middle");
  });

  it("groups by subject only for header-less replies: a forward or a new post stays apart", () => {
    const messages = [
      message("root", { subject: "[devel] Mirror outage" }),
      message("forward", { subject: "Fwd: [devel] Mirror outage" }),
      message("again", { subject: "Mirror outage" }),
      message("reply", { subject: "AW: SV: [devel] RE: Mirror outage" }),
    ];
    expect(parents(messages)).toEqual({ root: null, forward: null, again: null, reply: "root" });
  });

  it("never groups messages with an empty subject", () => {
    const messages = [message("a", { subject: "" }), message("b", { subject: "Re: " })];
    expect(parents(messages)).toEqual({ a: null, b: null });
  });

  it("stores no cycle when every message of a loop names the next", () => {
    const messages = [
      message("p", { inReplyTo: ["q"] }),
      message("q", { inReplyTo: ["r"] }),
      message("r", { inReplyTo: ["p"] }),
    ];
    const threads = threadMessages(messages);
    expect(threads.size).toBe(3);
    expect(new Set([...threads.values()].map((position) => position.root)).size).toBe(1);
    expect([...threads.values()].filter((position) => position.parent === null)).toHaveLength(1);
  });
});

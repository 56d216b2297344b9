// Threads the browser tests act on, beside the demo: a playground to reply in (so that the demo
// thread keeps the counts its own tests check), a chain deeper than MAX_INDENT_DEPTH, a thread
// for the "new since your last visit" markers that no other test visits, and the XSS corpus,
// imported as mail and posted on the board.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { importMbox } from "@/lib/archive/import-mbox";
import { db } from "@/lib/db/client";
import { postReply } from "@/lib/discussions/post-reply";
import { createUser } from "@/lib/seed/factories";
import { XSS_PAYLOADS } from "@/lib/testing/xss-corpus";

export const E2E_LIST = "e2e-discussions@lists.example.org";
export const PLAYGROUND_SUBJECT = "Playground: rebuild against the new toolchain";
export const PLAYGROUND_ROOT = "playground-1@e2e.example.org";
export const DEEP_SUBJECT = "A very deep argument";
export const DEEP_LENGTH = 12;
export const READING_SUBJECT = "Which mirrors to drop";
export const READING_ROOT = "reading-1@e2e.example.org";
export const XSS_SUBJECT = "The XSS corpus";
export const XSS_ROOT = "xss-root@e2e.example.org";
/** Every this many payloads, one is the subject of a thread of its own instead of a reply. */
export const XSS_THREAD_EVERY = 4;

export function xssId(i: number): string {
  return `xss-${i}@e2e.example.org`;
}

function mail(input: {
  id: string;
  from: string;
  subject: string;
  body: string;
  day: number;
  inReplyTo?: string;
}): string {
  const date = new Date(Date.UTC(2016, 0, 1 + input.day, 12)).toUTCString().replace("GMT", "+0000");
  const headers = [
    `From: ${input.from}`,
    "To: e2e-discussions@lists.example.org",
    `Subject: ${input.subject}`,
    `Date: ${date}`,
    `Message-ID: <${input.id}>`,
    ...(input.inReplyTo ? [`In-Reply-To: <${input.inReplyTo}>`] : []),
    "Content-Type: text/plain; charset=utf-8",
  ];
  // mboxrd: a body line that starts "From " gains a ">".
  const body = input.body.replace(/^(>*From )/gm, ">$1");
  return `From sender@e2e.example.org Fri Jan  1 12:00:00 2016\n${headers.join("\n")}\n\n${body}\n\n`;
}

function playground(): string[] {
  return [
    mail({
      id: PLAYGROUND_ROOT,
      from: "Grace Packager <grace@e2e.example.org>",
      subject: PLAYGROUND_SUBJECT,
      body: "We should rebuild every package against the new toolchain.\nThe zeppelin flag stays off.",
      day: 0,
    }),
    mail({
      id: "playground-2@e2e.example.org",
      from: "Heidi Builder <heidi@e2e.example.org>",
      subject: `Re: ${PLAYGROUND_SUBJECT}`,
      body: "Agreed, but not before the freeze ends.",
      day: 1,
      inReplyTo: PLAYGROUND_ROOT,
    }),
  ];
}

function deepChain(): string[] {
  return Array.from({ length: DEEP_LENGTH }, (_, i) =>
    mail({
      id: `deep-${i}@e2e.example.org`,
      from: i % 2 ? "Ivan Deep <ivan@e2e.example.org>" : "Judy Deeper <judy@e2e.example.org>",
      subject: i === 0 ? DEEP_SUBJECT : `Re: ${DEEP_SUBJECT}`,
      body: `Point number ${i} of the deep argument.`,
      day: 2 + i,
      inReplyTo: i === 0 ? undefined : `deep-${i - 1}@e2e.example.org`,
    }),
  );
}

/** A root with two replies, so that new replies to each land with an old message between. */
function reading(): string[] {
  return [
    mail({
      id: READING_ROOT,
      from: "Karl Early <karl@e2e.example.org>",
      subject: READING_SUBJECT,
      body: "Three mirrors have not synced for a month.",
      day: 40,
    }),
    mail({
      id: "reading-2@e2e.example.org",
      from: "Lena Second <lena@e2e.example.org>",
      subject: `Re: ${READING_SUBJECT}`,
      body: "Drop the two in the same data centre.",
      day: 41,
      inReplyTo: READING_ROOT,
    }),
    mail({
      id: "reading-3@e2e.example.org",
      from: "Mona Third <mona@e2e.example.org>",
      subject: `Re: ${READING_SUBJECT}`,
      body: "Ask their admins first.",
      day: 42,
      inReplyTo: READING_ROOT,
    }),
  ];
}

/** Each payload as a body; a few in the headers, which a parser may refuse or mangle. */
function xssMail(): string[] {
  const root = mail({
    id: XSS_ROOT,
    from: "Mallory <mallory@e2e.example.org>",
    subject: XSS_SUBJECT,
    body: "Every reply below carries one payload.",
    day: 20,
  });
  const replies = XSS_PAYLOADS.map((payload, i) => {
    const oneLine = payload.replace(/\s+/g, " ");
    // Every fourth payload starts a thread of its own, so that its subject is a thread's title.
    const startsThread = i % XSS_THREAD_EVERY === 0;
    return mail({
      id: i % 5 === 0 ? `xss-${i}-${oneLine.replace(/[<>\s]/g, "")}@e2e.example.org` : xssId(i),
      from: `"${oneLine.replace(/"/g, "'")}" <mallory${i}@e2e.example.org>`,
      subject: startsThread ? oneLine : `Re: ${oneLine}`,
      body: payload,
      day: 21,
      inReplyTo: startsThread ? undefined : XSS_ROOT,
    });
  });
  return [root, ...replies];
}

export async function seedE2eFixtures(pool: pg.Pool): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), "quorum-e2e-"));
  const file = path.join(folder, "e2e.mbox");
  try {
    writeFileSync(file, [...playground(), ...deepChain(), ...reading(), ...xssMail()].join(""));
    await importMbox(pool, file, { listAddress: E2E_LIST });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // The same payloads posted on the board, by users whose names are payloads too.
  const root = await db().message.findFirstOrThrow({
    where: { messageId: XSS_ROOT },
    select: { threadId: true },
  });
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const name = payload.replace(/\s+/g, " ").slice(0, 120);
    const email = `poster${i}@e2e.example.org`;
    const user = await createUser(db(), { email, name, roles: ["member"] });
    await postReply(
      { userId: user.id, name, email, roles: ["member"], via: "session" },
      root.threadId,
      { inReplyTo: XSS_ROOT, body: payload },
      new Date(Date.UTC(2016, 1, 1, 12, i)),
    );
  }
}

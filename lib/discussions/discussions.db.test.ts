// Replying, editing and moderation against the real database: what was stored, what each kind
// of reader is shown, and what the record of moderation says.
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { viewerOf } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { editMessage } from "@/lib/discussions/edit-message";
import { findMessageRevisions } from "@/lib/discussions/find-message-revisions";
import { EDIT_WINDOW_MS, MAX_REASON_LENGTH } from "@/lib/discussions/limits";
import { postReply } from "@/lib/discussions/post-reply";
import { recordThreadVisit } from "@/lib/discussions/record-visit";
import { setMessageHidden } from "@/lib/discussions/set-message-hidden";
import { setThreadLock } from "@/lib/discussions/set-thread-lock";
import { AppError } from "@/lib/http/errors";
import { actorOf, replyAs, startBoardThread } from "@/lib/testing/discussions";
import { loadHandler } from "@/lib/testing/route-handlers";
import { createSignedInUser, type SignedInUser, testRequest } from "@/lib/testing/sessions";
import { getThread } from "@/lib/threads/get-thread";
import { ANONYMOUS } from "@/lib/threads/viewer";

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("a reply", () => {
  it("is stored as mail with its own Message-ID, In-Reply-To and References", async () => {
    const author = await createSignedInUser(["member"], "author");
    const replier = await createSignedInUser(["member"], "replier");
    const { threadId, rootMessageId } = await startBoardThread(author);
    const first = await replyAs(replier, threadId, rootMessageId, "First reply.");
    const second = await replyAs(author, threadId, first.messageId, "Second **reply**.");

    const stored = await db().message.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.inReplyTo).toEqual([first.messageId]);
    expect(stored.references).toEqual([rootMessageId, first.messageId]);
    expect(stored.subject).toBe("Re: A discussion for tests");

    const mail = await simpleParser(Buffer.from(stored.raw));
    expect(mail.messageId).toBe(`<${second.messageId}>`);
    expect(mail.inReplyTo).toBe(`<${first.messageId}>`);
    expect(mail.references).toEqual([`<${rootMessageId}>`, `<${first.messageId}>`]);
    expect(mail.text?.trim()).toBe("Second **reply**.");

    const thread = await db().thread.findUniqueOrThrow({ where: { id: threadId } });
    expect(thread.messageCount).toBe(3);
    expect(thread.participantCount).toBe(2);
    expect(thread.lastActivityAt.getTime()).toBe(stored.sentAt.getTime());
  });

  it("must answer a message of the same thread", async () => {
    const author = await createSignedInUser(["member"], "author");
    const one = await startBoardThread(author);
    const other = await startBoardThread(author);
    const error = await refusal(replyAs(author, one.threadId, other.rootMessageId));
    expect(error.kind).toBe("not_found");
  });
});

/** An admin's moderation request through the API, as a script would send it. */
async function moderate(
  admin: SignedInUser,
  route: "/api/threads/[id]/lock" | "/api/messages/[id]/visibility",
  id: number,
  json: unknown,
) {
  const handler = await loadHandler(route, "POST");
  const path = route.replace("[id]", String(id));
  const response = await handler(testRequest(path, { method: "POST", as: admin, json }), {
    params: Promise.resolve({ id: String(id) }),
  });
  return { status: response.status, body: await response.json() };
}

describe("locking", () => {
  it("refuses replies while locked, records lock and unlock with their reasons", async () => {
    const author = await createSignedInUser(["member"], "author");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const { threadId, rootMessageId } = await startBoardThread(author);

    await setThreadLock(actorOf(admin), threadId, true, "Cooling off.", new Date());
    const error = await refusal(replyAs(author, threadId, rootMessageId));
    expect(error.kind).toBe("closed");
    expect(error.message).toContain("locked");
    expect((await getThread(threadId, ANONYMOUS)).lockReason).toBe("Cooling off.");

    await setThreadLock(actorOf(admin), threadId, false, "Tempers cooled.", new Date());
    await replyAs(author, threadId, rootMessageId);
    expect((await getThread(threadId, ANONYMOUS)).lockReason).toBeNull();

    const events = await db().moderationEvent.findMany({
      where: { threadId },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.reason])).toEqual([
      ["lock_thread", admin.userId, "Cooling off."],
      ["unlock_thread", admin.userId, "Tempers cooled."],
    ]);
  });

  it("is refused through the API without a reason or with a long one, quoting the limit", async () => {
    const author = await createSignedInUser(["member"], "author");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const { threadId, rootId } = await startBoardThread(author);

    const lockWithout = await moderate(admin, "/api/threads/[id]/lock", threadId, { locked: true });
    expect(lockWithout.status).toBe(400);
    expect(lockWithout.body.error.message).toBe(
      `reason: is required: say why, in at most ${MAX_REASON_LENGTH} characters`,
    );
    const hideBlank = await moderate(admin, "/api/messages/[id]/visibility", rootId, {
      hidden: true,
      reason: "   ",
    });
    expect(hideBlank.status).toBe(400);
    const hideLong = await moderate(admin, "/api/messages/[id]/visibility", rootId, {
      hidden: true,
      reason: "x".repeat(MAX_REASON_LENGTH + 1),
    });
    expect(hideLong.body.error.message).toBe(
      `reason: must be at most ${MAX_REASON_LENGTH} characters`,
    );
    expect(await db().moderationEvent.count({ where: { threadId } })).toBe(0);

    const locked = await moderate(admin, "/api/threads/[id]/lock", threadId, {
      locked: true,
      reason: "  Off topic for this list.  ",
    });
    expect(locked).toEqual({ status: 200, body: { thread: { id: threadId, locked: true } } });
    const [event] = await db().moderationEvent.findMany({ where: { threadId } });
    expect(event?.reason).toBe("Off topic for this list.");
  });
});

describe("editing", () => {
  it("keeps every earlier body, newest first, and composes the mail again under its id", async () => {
    const author = await createSignedInUser(["member"], "author");
    const { threadId, rootMessageId } = await startBoardThread(author);
    const reply = await replyAs(author, threadId, rootMessageId, "Version one.");

    await editMessage(actorOf(author), reply.id, "Version two.", new Date());
    await editMessage(actorOf(author), reply.id, "Version three.", new Date());

    const history = await findMessageRevisions(reply.id, ANONYMOUS);
    expect(history.current.body).toBe("Version three.");
    expect(history.revisions.map((r) => r.body)).toEqual(["Version two.", "Version one."]);

    const stored = await db().message.findUniqueOrThrow({ where: { id: reply.id } });
    const mail = await simpleParser(Buffer.from(stored.raw));
    expect(mail.messageId).toBe(`<${reply.messageId}>`);
    expect(mail.text?.trim()).toBe("Version three.");
    expect(stored.editedAt).not.toBeNull();
  });

  it("is refused after the edit window and for someone else's message", async () => {
    const author = await createSignedInUser(["member"], "author");
    const stranger = await createSignedInUser(["member"], "stranger");
    const { threadId, rootMessageId } = await startBoardThread(author);
    const reply = await replyAs(author, threadId, rootMessageId);

    const late = new Date(Date.now() + EDIT_WINDOW_MS + 1_000);
    const tooLate = await refusal(editMessage(actorOf(author), reply.id, "Late.", late));
    expect(tooLate.kind).toBe("closed");
    expect(tooLate.message).toContain(`${EDIT_WINDOW_MS / 60_000} minutes`);

    const notTheirs = await refusal(editMessage(actorOf(stranger), reply.id, "Mine!", new Date()));
    expect(notTheirs.kind).toBe("not_found");
    expect(await db().messageRevision.count({ where: { messageId: reply.id } })).toBe(0);
  });
});

describe("hiding", () => {
  it("leaves a placeholder for readers, the text for its author and admins, and a record", async () => {
    const author = await createSignedInUser(["member"], "author");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const { threadId, rootMessageId } = await startBoardThread(author);
    const reply = await replyAs(author, threadId, rootMessageId, "Something rude.");
    const answer = await replyAs(admin, threadId, reply.messageId, "Please don't.");

    await setMessageHidden(actorOf(admin), reply.id, true, "Rude to dave@example.org.", new Date());

    const forReader = await getThread(threadId, ANONYMOUS);
    const hidden = forReader.messages.find((m) => m.id === reply.id);
    // Signed out, the reason loses its addresses like everything else on the page.
    expect(hidden).toMatchObject({
      hidden: "placeholder",
      text: "",
      hiddenReason: "Rude to dave@….",
    });
    const under = forReader.messages.find((m) => m.id === answer.id);
    expect(under?.parentMessageId).toBe(reply.messageId);

    const forAuthor = await getThread(threadId, viewerOf(actorOf(author)));
    expect(forAuthor.messages.find((m) => m.id === reply.id)).toMatchObject({
      hidden: "marked",
      text: "Something rude.",
      hiddenReason: "Rude to dave@example.org.",
    });
    const forAdmin = await getThread(threadId, viewerOf(actorOf(admin, ["member", "admin"])));
    expect(forAdmin.messages.find((m) => m.id === reply.id)?.hidden).toBe("marked");

    const historyError = await refusal(findMessageRevisions(reply.id, ANONYMOUS));
    expect(historyError.kind).toBe("not_found");

    await setMessageHidden(actorOf(admin), reply.id, false, "Apologised.", new Date());
    const shown = await getThread(threadId, ANONYMOUS);
    expect(shown.messages.find((m) => m.id === reply.id)).toMatchObject({
      hidden: "no",
      hiddenReason: null,
    });
    const events = await db().moderationEvent.findMany({
      where: { messageId: reply.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.reason])).toEqual([
      ["hide_message", admin.userId, "Rude to dave@example.org."],
      ["show_message", admin.userId, "Apologised."],
    ]);
  });
});

describe("postReply through the API shape", () => {
  it("refuses a reply to a thread that does not exist", async () => {
    const author = await createSignedInUser(["member"], "author");
    const error = await refusal(
      postReply(actorOf(author), 2_000_000_000, { inReplyTo: "x@y", body: "Hi" }, new Date()),
    );
    expect(error.kind).toBe("not_found");
  });
});

describe("visits", () => {
  it("return the previous visit, or null on the first", async () => {
    const reader = await createSignedInUser(["member"], "reader");
    const { threadId } = await startBoardThread(reader);
    const visitedAt = async () =>
      (
        await db().threadVisit.findUniqueOrThrow({
          where: { userId_threadId: { userId: reader.userId, threadId } },
        })
      ).visitedAt;

    expect(await recordThreadVisit(reader.userId, threadId)).toBeNull();
    const first = await visitedAt();
    expect(await recordThreadVisit(reader.userId, threadId)).toEqual(first);
    const second = await visitedAt();
    expect(second.getTime()).toBeGreaterThanOrEqual(first.getTime());
    expect(await recordThreadVisit(reader.userId, threadId)).toEqual(second);
  });

  it("are on the clock that stamps messages, even while the board's clock runs ahead", async () => {
    const reader = await createSignedInUser(["member"], "reader");
    const writer = await createSignedInUser(["member"], "writer");
    const { threadId, rootMessageId } = await startBoardThread(writer);
    await recordThreadVisit(reader.userId, threadId);

    // A reply written while the board's clock is ahead (as under QUORUM_TEST_CLOCK) is still
    // stored after the visit, and newer than it. Stamps have milliseconds: let one pass.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = new Date(Date.now() + 12 * 24 * 3_600_000);
    const reply = await postReply(
      actorOf(writer),
      threadId,
      { inReplyTo: rootMessageId, body: "News." },
      later,
    );
    const previous = await recordThreadVisit(reader.userId, threadId);
    const stored = (await getThread(threadId, viewerOf(actorOf(reader)))).messages.find(
      (m) => m.id === reply.id,
    );
    expect(previous).not.toBeNull();
    expect(stored?.receivedAt.getTime()).toBeGreaterThan((previous as Date).getTime());
  });
});

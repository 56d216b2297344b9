// A cached thread page is served only while threadSignature() gives what it gave when the page
// was rendered, so every change a reader not signed in could see must change it. (Going back to
// an earlier state may give an earlier signature: the page is then the earlier page too.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { editMessage } from "@/lib/discussions/edit-message";
import { setMessageHidden } from "@/lib/discussions/set-message-hidden";
import { setThreadLock } from "@/lib/discussions/set-thread-lock";
import { threadSignature } from "@/lib/page-cache/thread-signature";
import { actorOf, replyAs, startBoardThread } from "@/lib/testing/discussions";
import { createSignedInUser } from "@/lib/testing/sessions";

describe("threadSignature", () => {
  it("stays put while nothing changes and moves with every change a reader would see", async () => {
    const author = await createSignedInUser(["member"], "author");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const moderator = actorOf(admin, ["member", "admin"]);
    const { threadId, rootMessageId } = await startBoardThread(author);
    let before: string | null = null;
    const changed = async (what: string) => {
      const signature = await threadSignature(threadId);
      expect(signature, what).not.toBeNull();
      expect(signature, `${what} left the signature as it was`).not.toBe(before);
      expect(await threadSignature(threadId), `${what}, read again`).toBe(signature);
      before = signature;
    };

    await changed("the thread as started");
    const reply = await replyAs(author, threadId, rootMessageId, "Version one.");
    await changed("a reply");
    await editMessage(actorOf(author), reply.id, "Version two.", new Date());
    await changed("an edit");
    await setMessageHidden(moderator, reply.id, true, "Off topic.", new Date());
    await changed("hiding the reply");
    await setMessageHidden(moderator, reply.id, true, "Off topic, and rude.", new Date());
    await changed("hiding it again with another reason, which the placeholder shows");
    await setMessageHidden(moderator, reply.id, false, "On reflection.", new Date());
    await changed("showing it again");
    await setThreadLock(moderator, threadId, true, "Cooling off.", new Date());
    await changed("a lock");
    await db().proposal.updateMany({ where: { threadId }, data: { status: "withdrawn" } });
    await changed("the proposal's status");
    const { authorId } = await db().message.findUniqueOrThrow({ where: { id: reply.id } });
    await db().person.update({ where: { id: authorId }, data: { displayName: "A New Name" } });
    await changed("a sender's name");
  });

  it("is null for a thread that does not exist", async () => {
    expect(await threadSignature(2_000_000_000)).toBeNull();
  });
});

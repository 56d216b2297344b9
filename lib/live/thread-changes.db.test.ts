// The triggers that announce changes, heard through the same LISTEN hub the event stream uses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setThreadLock } from "@/lib/discussions/set-thread-lock";
import { onThreadChange } from "@/lib/live/thread-changes";
import { actorOf, replyAs, startBoardThread } from "@/lib/testing/discussions";
import { createSignedInUser } from "@/lib/testing/sessions";

function nextChange(threadId: number): Promise<void> {
  return new Promise((resolve) => {
    void onThreadChange(threadId, () => resolve());
  });
}

describe("thread changes", () => {
  it("are announced for a reply and a lock, to listeners of that thread only", async () => {
    const author = await createSignedInUser(["member"], "author");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const { threadId, rootMessageId } = await startBoardThread(author);
    const other = await startBoardThread(author);

    let otherHeard = 0;
    const stop = await onThreadChange(other.threadId, () => otherHeard++);
    const heardReply = nextChange(threadId);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await replyAs(author, threadId, rootMessageId);
    await heardReply;

    const heardLock = nextChange(threadId);
    await setThreadLock(actorOf(admin), threadId, true, "", new Date());
    await heardLock;
    stop();
    expect(otherHeard).toBe(0);
  });

  it("are announced when a ballot of the thread's proposal is cast or changed", async () => {
    const author = await createSignedInUser(["member"], "author");
    const { threadId } = await startBoardThread(author);
    const proposal = await db().proposal.findUniqueOrThrow({ where: { threadId } });

    const heardBallot = nextChange(threadId);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db().ballot.create({
      data: { proposalId: proposal.id, voterId: author.userId, choice: "yes", castAt: new Date() },
    });
    await heardBallot;

    const heardChange = nextChange(threadId);
    await db().ballot.update({
      where: { proposalId_voterId: { proposalId: proposal.id, voterId: author.userId } },
      data: { choice: "no" },
    });
    await heardChange;
  });
});

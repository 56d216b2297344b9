// Threads to reply in, for database tests: a discussion opened on the board by a real user,
// and replies posted through the same use-case the API calls.
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { postReply } from "@/lib/discussions/post-reply";
import type { Role } from "@/lib/generated/prisma/enums";
import { openProposal } from "@/lib/proposals/open-proposal";
import type { SignedInUser } from "@/lib/testing/sessions";

export function actorOf(user: SignedInUser, roles: Role[] = ["member"]): Actor {
  return { userId: user.userId, name: "Test User", email: user.email, roles, via: "session" };
}

/** A new board thread whose root message `by` wrote; `rootId` is its row id. */
export async function startBoardThread(
  by: SignedInUser,
  body = "The first message.",
): Promise<{ threadId: number; rootId: number; rootMessageId: string }> {
  const { threadId } = await openProposal(
    actorOf(by, ["member", "maintainer"]),
    { kind: "policy", title: "A discussion for tests", body },
    new Date(),
  );
  const root = await db().message.findFirstOrThrow({
    where: { threadId },
    select: { id: true, messageId: true },
  });
  return { threadId, rootId: root.id, rootMessageId: root.messageId };
}

/** A reply by `by` to the thread's root message, posted now. */
export async function replyAs(
  by: SignedInUser,
  threadId: number,
  inReplyTo: string,
  body = "Yes.",
) {
  return postReply(actorOf(by), threadId, { inReplyTo, body }, new Date());
}

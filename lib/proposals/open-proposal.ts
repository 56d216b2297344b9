// A maintainer opens a proposal: its discussion thread (new, or an imported one) and the
// schedule its rule set gives, from this instant.
import type { Actor } from "@/lib/auth/policy";
import { db, TRANSACTION_LIMITS } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { normalizeSubject } from "@/lib/mail/subject";
import type { ProposalInput } from "@/lib/proposals/proposal-input";
import { getRuleSet } from "@/lib/proposals/rule-sets";
import { scheduleTransitions } from "@/lib/proposals/schedule-transitions";
import { composeMessage } from "@/lib/threads/compose-message";

/** The list that holds discussions started on the board rather than imported. */
export function boardListAddress(): string {
  return process.env.QUORUM_BOARD_LIST || "board@quorum.invalid";
}

export async function openProposal(
  actor: Actor,
  input: ProposalInput,
  at: Date,
): Promise<{ id: number; threadId: number }> {
  const rules = await getRuleSet(input.kind);
  const subjectUserId = "subjectUser" in input ? await subjectUserIdOf(input.subjectUser) : null;
  const votingStartsAt = new Date(at.getTime() + rules.discussionMs);
  const votingEndsAt = new Date(votingStartsAt.getTime() + rules.votingMs);

  // Composed outside the transaction: it is pure work, and keeps the transaction short.
  const root = input.threadId
    ? null
    : await composeMessage({
        from: { name: actor.name, address: actor.email },
        list: boardListAddress(),
        subject: input.title,
        body: input.body || input.title,
        sentAt: at,
      });

  try {
    const created = await db().$transaction(async (tx) => {
      const threadId =
        input.threadId ?? (await createThread(tx, actor, input, root as NonNullable<typeof root>));
      if (input.threadId && !(await tx.thread.findUnique({ where: { id: threadId } }))) {
        throw new AppError("invalid", `thread ${threadId} does not exist`, {
          threadId: ["no such thread"],
        });
      }
      return tx.proposal.create({
        data: {
          title: input.title,
          kind: input.kind,
          body: input.body,
          packageName: "packageName" in input ? input.packageName : null,
          fromRepo: "fromRepo" in input ? input.fromRepo : null,
          toRepo: "toRepo" in input ? input.toRepo : null,
          subjectUserId,
          proposerId: actor.userId,
          status: "discussion",
          rules,
          threadId,
          createdAt: at,
          discussionStartsAt: at,
          votingStartsAt,
          votingEndsAt,
        },
        select: { id: true, threadId: true },
      });
    }, TRANSACTION_LIMITS);

    await scheduleTransitions(created.id, [votingStartsAt, votingEndsAt]);
    log.info("proposal.opened", { proposalId: created.id, userId: actor.userId, kind: input.kind });
    return created;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "that thread is already the discussion of another proposal", {
        threadId: ["already has a proposal"],
      });
    }
    throw error;
  }
}

async function subjectUserIdOf(email: string): Promise<string> {
  const user = await db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true },
  });
  if (!user) {
    throw new AppError("invalid", `there is no user with the address ${email}`, {
      subjectUser: ["no user has this address"],
    });
  }
  return user.id;
}

async function createThread(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: ProposalInput,
  root: Awaited<ReturnType<typeof composeMessage>>,
): Promise<number> {
  const address = boardListAddress();
  const list = await tx.mailingList.upsert({
    where: { address },
    create: { address, name: "Quorum board", description: "Discussions started on the board" },
    update: {},
  });
  const person = await tx.person.upsert({
    where: { address: actor.email.toLowerCase() },
    create: {
      address: actor.email.toLowerCase(),
      displayName: actor.name ?? "",
      userId: actor.userId,
    },
    update: {},
  });
  const thread = await tx.thread.create({
    data: {
      listId: list.id,
      subject: normalizeSubject(input.title) || input.title,
      messageCount: 1,
      participantCount: 1,
      startedAt: root.sentAt,
      lastActivityAt: root.sentAt,
      messages: {
        create: {
          listId: list.id,
          messageId: root.messageId,
          inReplyTo: [],
          references: [],
          authorId: person.id,
          sentAt: root.sentAt,
          utcOffset: 0,
          subject: input.title,
          body: input.body || input.title,
          raw: new Uint8Array(root.raw),
          postedById: actor.userId,
        },
      },
    },
  });
  return thread.id;
}

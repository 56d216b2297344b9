// Factories shared by the demo seed and the tests, so that both describe the same board.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalKind, ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_RULES } from "@/lib/proposals/rules";

/**
 * A user holding `roles`, granted at `at` (now by default), with the grants in the role history
 * as an operator's: the electorate of a vote is read from that history.
 */
export async function createUser(
  prisma: PrismaClient,
  input: { email: string; name: string; roles?: Role[]; at?: Date },
) {
  const roles = input.roles ?? ["member"];
  const at = input.at ?? new Date();
  const user = await prisma.user.create({
    data: {
      email: input.email,
      name: input.name,
      emailVerified: at,
      roles: { create: roles.map((role) => ({ role, grantedAt: at })) },
    },
  });
  await prisma.roleEvent.createMany({
    data: roles.map((role) => ({
      subjectId: user.id,
      role,
      granted: true,
      source: "operator" as const,
      at,
    })),
  });
  return user;
}

export async function createProposalForThread(
  prisma: PrismaClient,
  input: {
    threadId: number;
    title: string;
    kind: ProposalKind;
    status?: ProposalStatus;
    proposerId?: string;
    packageName?: string;
    fromRepo?: string;
    toRepo?: string;
    body?: string;
    discussionStartsAt?: Date;
  },
) {
  const rules = DEFAULT_RULES[input.kind];
  const discussionStartsAt = input.discussionStartsAt ?? new Date();
  const votingStartsAt = new Date(discussionStartsAt.getTime() + rules.discussionMs);
  return prisma.proposal.create({
    data: {
      threadId: input.threadId,
      title: input.title,
      kind: input.kind,
      status: input.status ?? "discussion",
      proposerId: input.proposerId,
      packageName: input.packageName,
      fromRepo: input.fromRepo,
      toRepo: input.toRepo,
      body: input.body ?? "",
      rules,
      discussionStartsAt,
      votingStartsAt,
      votingEndsAt: new Date(votingStartsAt.getTime() + rules.votingMs),
    },
  });
}

import { z } from "zod";
import { db } from "@/lib/db/client";
import { ProposalKind, ProposalStatus } from "@/lib/generated/prisma/enums";

export const proposalFilterSchema = z.object({
  status: z.enum(ProposalStatus).optional(),
  kind: z.enum(ProposalKind).optional(),
  package: z.string().trim().min(1).max(200).optional(),
});
export type ProposalFilter = z.infer<typeof proposalFilterSchema>;

export const proposalSummarySelect = {
  id: true,
  title: true,
  kind: true,
  status: true,
  packageName: true,
  fromRepo: true,
  toRepo: true,
  threadId: true,
  createdAt: true,
  discussionStartsAt: true,
  votingStartsAt: true,
  votingEndsAt: true,
  closedAt: true,
} as const;

/** Proposals, newest first, filtered by status, kind and package. */
export async function findProposals(filter: ProposalFilter) {
  return db().proposal.findMany({
    where: { status: filter.status, kind: filter.kind, packageName: filter.package },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: proposalSummarySelect,
  });
}

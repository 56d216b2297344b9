import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { proposalSummarySelect } from "@/lib/proposals/find-proposals";
import { type RuleSet, ruleSetSchema } from "@/lib/proposals/rules";

/** One proposal with its rules and its proposer's name; throws "not found" for an unknown id. */
export async function getProposal(id: number) {
  const proposal = await db().proposal.findUnique({
    where: { id },
    select: {
      ...proposalSummarySelect,
      body: true,
      rules: true,
      proposer: { select: { name: true } },
    },
  });
  if (!proposal) throw notFound(`proposal ${id}`);

  const rules: RuleSet = ruleSetSchema.parse(proposal.rules);
  return { ...proposal, rules, proposer: proposal.proposer?.name ?? null };
}

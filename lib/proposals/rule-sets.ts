import { db } from "@/lib/db/client";
import type { ProposalKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_RULES, type RuleSet, ruleSetSchema } from "@/lib/proposals/rules";

/** The rules a new proposal of `kind` starts with: an admin's edit, else the bylaws' default. */
export async function getRuleSet(kind: ProposalKind): Promise<RuleSet> {
  const row = await db().ruleSet.findUnique({ where: { kind } });
  return row ? ruleSetSchema.parse(row.rules) : DEFAULT_RULES[kind];
}

export async function findRuleSets(): Promise<
  { kind: ProposalKind; rules: RuleSet; edited: boolean }[]
> {
  const rows = await db().ruleSet.findMany();
  const edited = new Map(rows.map((row) => [row.kind, ruleSetSchema.parse(row.rules)]));
  return (Object.keys(DEFAULT_RULES) as ProposalKind[]).map((kind) => ({
    kind,
    rules: edited.get(kind) ?? DEFAULT_RULES[kind],
    edited: edited.has(kind),
  }));
}

/** An admin's edit; proposals already opened keep the rules they copied. */
export async function updateRuleSet(
  kind: ProposalKind,
  rules: RuleSet,
  adminId: string,
): Promise<void> {
  const parsed = ruleSetSchema.parse(rules);
  await db().ruleSet.upsert({
    where: { kind },
    create: { kind, rules: parsed, updatedById: adminId },
    update: { rules: parsed, updatedById: adminId, updatedAt: new Date() },
  });
}

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { openProposal } from "@/lib/proposals/open-proposal";
import { getRuleSet, updateRuleSet } from "@/lib/proposals/rule-sets";
import { DEFAULT_RULES } from "@/lib/proposals/rules";
import { createUser } from "@/lib/seed/factories";

describe("rule sets", () => {
  it("start from the bylaws, and an edit applies to proposals opened afterwards only", async () => {
    expect(await getRuleSet("bylaws")).toEqual(DEFAULT_RULES.bylaws);
    const email = `rules-${randomUUID().slice(0, 8)}@example.org`;
    const user = await createUser(db(), {
      email,
      name: "Rules",
      roles: ["member", "maintainer", "admin"],
    });
    const actor = {
      userId: user.id,
      name: "Rules",
      email,
      roles: ["member", "maintainer", "admin"] as const,
      via: "session" as const,
    };
    const before = await openProposal(
      actor,
      { kind: "bylaws", title: "Before the edit", body: "" },
      new Date(),
    );

    const edited = { ...DEFAULT_RULES.bylaws, quorumPercent: 80, votingMs: 3 * 86_400_000 };
    await updateRuleSet("bylaws", edited, user.id);
    const after = await openProposal(
      actor,
      { kind: "bylaws", title: "After the edit", body: "" },
      new Date(),
    );

    const rulesOf = async (id: number) =>
      (await db().proposal.findUniqueOrThrow({ where: { id } })).rules;
    expect(await rulesOf(before.id)).toEqual(DEFAULT_RULES.bylaws);
    expect(await rulesOf(after.id)).toEqual(edited);
    expect(await getRuleSet("bylaws")).toEqual(edited);
  });
});

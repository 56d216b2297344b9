"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { ProposalKind } from "@/lib/generated/prisma/enums";
import { AppError, invalidInput } from "@/lib/http/errors";
import { updateRuleSet } from "@/lib/proposals/rule-sets";

const DAY_MS = 86_400_000;

// The form speaks in days and whole percentages; the rule set keeps milliseconds.
const formSchema = z.object({
  kind: z.enum(ProposalKind),
  discussionDays: z.coerce
    .number()
    .min(0.5, "discussion lasts at least half a day")
    .max(60, "discussion lasts at most 60 days"),
  votingDays: z.coerce
    .number()
    .min(0.5, "voting lasts at least half a day")
    .max(60, "voting lasts at most 60 days"),
  quorumPercent: z.coerce
    .number()
    .int("quorum is a whole percentage")
    .min(1, "quorum is at least 1%")
    .max(100, "quorum is at most 100%"),
  publicWhileRunning: z.literal("on").optional(),
});

export async function updateRulesAction(form: FormData): Promise<void> {
  let message: string;
  try {
    const actor = await requireSessionActor("editRules");
    const parsed = formSchema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success) throw invalidInput(parsed.error);
    const { kind, discussionDays, votingDays, quorumPercent, publicWhileRunning } = parsed.data;
    await updateRuleSet(
      kind,
      {
        discussionMs: Math.round(discussionDays * DAY_MS),
        votingMs: Math.round(votingDays * DAY_MS),
        quorumPercent,
        publicWhileRunning: publicWhileRunning === "on",
      },
      actor.userId,
    );
    message = `notice=${encodeURIComponent("Saved. Proposals opened from now on use these rules.")}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    message = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/admin/rules?${message}`);
}

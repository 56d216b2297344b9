"use server";

import { redirect } from "next/navigation";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { now } from "@/lib/clock";
import { AppError, invalidInput } from "@/lib/http/errors";
import { openProposal } from "@/lib/proposals/open-proposal";
import { proposalInputSchema } from "@/lib/proposals/proposal-input";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { PROPOSALS_PER_USER } from "@/lib/rate-limit/rules";

export interface OpenProposalState {
  message?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
}

export async function openProposalAction(
  _previous: OpenProposalState,
  form: FormData,
): Promise<OpenProposalState> {
  // Empty inputs mean "not given": the schema then names the missing field.
  const values = Object.fromEntries(
    [...form.entries()]
      .filter(([key, value]) => !key.startsWith("$") && value !== "")
      .map(([k, v]) => [k, String(v)]),
  );
  let created: { id: number };
  try {
    const actor = await requireSessionActor("openProposal");
    const parsed = proposalInputSchema.safeParse(values);
    if (!parsed.success) throw invalidInput(parsed.error);
    await consumeRateLimit(actor.userId, PROPOSALS_PER_USER);
    created = await openProposal(actor, parsed.data, await now());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { message: error.message, fields: error.fields, values };
  }
  redirect(`/proposals/${created.id}`);
}

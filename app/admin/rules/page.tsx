import { NotAllowed } from "@/components/NotAllowed";
import { KIND_LABEL } from "@/components/proposal-kinds";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { findRuleSets } from "@/lib/proposals/rule-sets";
import { updateRulesAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Voting rules" };

const DAY_MS = 86_400_000;
const INPUT =
  "w-24 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900";

export default async function RulesPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string; error?: string }>;
}) {
  const actor = await getSessionActorOrNull();
  const { notice, error } = await searchParams;
  if (!actor) return <SignInPrompt to="edit the voting rules" next="/admin/rules" />;
  if (!can(actor, "editRules")) return <NotAllowed action="editRules" />;

  const ruleSets = await findRuleSets();
  return (
    <section>
      <h1 className="mb-2 text-2xl font-semibold">Voting rules</h1>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        A proposal keeps the rules it was opened with; changes here apply to proposals opened
        afterwards.
      </p>
      {notice && (
        <p role="status" className="mb-4 rounded bg-green-50 p-3 text-sm text-green-900">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      <div className="space-y-4">
        {ruleSets.map(({ kind, rules, edited }) => (
          <form
            key={kind}
            action={updateRulesAction}
            aria-label={`Rules for ${KIND_LABEL[kind]}`}
            className="flex flex-wrap items-end gap-3 rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
          >
            <input type="hidden" name="kind" value={kind} />
            <span className="w-48 font-medium">
              {KIND_LABEL[kind]}{" "}
              {edited ? "" : <span className="text-xs text-slate-500">(bylaws default)</span>}
            </span>
            <label>
              Discussion, days{" "}
              <input
                name="discussionDays"
                type="number"
                step="0.5"
                defaultValue={rules.discussionMs / DAY_MS}
                className={INPUT}
              />
            </label>
            <label>
              Voting, days{" "}
              <input
                name="votingDays"
                type="number"
                step="0.5"
                defaultValue={rules.votingMs / DAY_MS}
                className={INPUT}
              />
            </label>
            <label>
              Quorum, %{" "}
              <input
                name="quorumPercent"
                type="number"
                defaultValue={rules.quorumPercent}
                className={INPUT}
              />
            </label>
            <label className="flex items-center gap-1">
              <input
                name="publicWhileRunning"
                type="checkbox"
                defaultChecked={rules.publicWhileRunning}
              />{" "}
              ballots public while voting
            </label>
            <button
              type="submit"
              className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700"
            >
              Save
            </button>
          </form>
        ))}
      </div>
    </section>
  );
}

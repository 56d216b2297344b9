"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action-state";

const CHOICES = ["yes", "no", "abstain"] as const;

type FormAction = (state: ActionState<string>, form: FormData) => Promise<ActionState<string>>;

function Outcome({ state }: { state: ActionState<string> }) {
  if (state.status === "done") {
    return (
      <p
        role="status"
        className="mt-2 rounded bg-green-50 p-2 text-sm text-green-900 dark:bg-green-950 dark:text-green-200"
      >
        {state.value}
      </p>
    );
  }
  if (state.status === "refused") {
    return (
      <p
        role="alert"
        className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-200"
      >
        {state.message}
      </p>
    );
  }
  return null;
}

export function VoteForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="mt-3">
      <div className="flex flex-wrap gap-2">
        {CHOICES.map((choice) => (
          <button
            key={choice}
            type="submit"
            name="choice"
            value={choice}
            disabled={pending}
            className="rounded border border-slate-300 px-4 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Vote {choice}
          </button>
        ))}
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function WithdrawForm({
  action,
}: {
  action: (state: ActionState<string>) => Promise<ActionState<string>>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="mt-3">
      <button
        type="submit"
        disabled={pending}
        className="text-sm text-red-700 underline dark:text-red-400"
      >
        Withdraw this proposal
      </button>
      <Outcome state={state} />
    </form>
  );
}

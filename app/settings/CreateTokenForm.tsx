"use client";
import { useActionState } from "react";
import { createTokenAction } from "@/app/settings/actions";
import { IDLE } from "@/lib/http/action-state";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState(createTokenAction, IDLE);
  return (
    <div className="space-y-3">
      <form action={action} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Name</span>
          <input
            name="name"
            required
            maxLength={100}
            placeholder="e.g. nightly import"
            className="w-64 rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-slate-900 px-3 py-1 text-white disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
        >
          Create token
        </button>
      </form>
      {state.status === "refused" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      {state.status === "done" && (
        <div
          role="status"
          className="rounded border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          <p>
            Token “{state.value.name}” created. Copy it now: it is not shown again. Send it as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <code className="mt-2 block break-all font-mono" data-token-secret>
            {state.value.secret}
          </code>
        </div>
      )}
    </div>
  );
}

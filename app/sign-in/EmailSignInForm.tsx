"use client";
import { useActionState } from "react";
import { requestSignInLink } from "@/app/sign-in/actions";
import { IDLE } from "@/lib/http/action-state";

export function EmailSignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(requestSignInLink, IDLE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <label htmlFor="email" className="font-medium">
        Email address
      </label>
      <input type="hidden" name="next" value={next} />
      <div className="flex gap-2">
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          className="w-72 rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-slate-900 px-3 py-1 text-white disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
        >
          Email me a sign-in link
        </button>
      </div>
      {state.status === "refused" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}

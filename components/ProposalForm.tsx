"use client";

import { useActionState } from "react";
import type { OpenProposalState } from "@/app/proposals/new/actions";
import { KIND_LABEL } from "@/components/proposal-kinds";

const INPUT =
  "mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";

export function ProposalForm({
  action,
  threadId,
}: {
  action: (state: OpenProposalState, form: FormData) => Promise<OpenProposalState>;
  threadId?: number;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const value = (name: string) => state.values?.[name] ?? "";
  const error = (name: string) =>
    state.fields?.[name]?.[0] ? (
      <span className="mt-1 block text-sm text-red-700 dark:text-red-400" id={`${name}-error`}>
        {state.fields[name]?.[0]}
      </span>
    ) : null;
  const field = (name: string, label: string, hint?: string) => (
    <label className="block">
      <span className="text-sm font-medium">{label}</span>
      {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      <input
        name={name}
        defaultValue={value(name)}
        aria-invalid={state.fields?.[name] ? true : undefined}
        aria-describedby={state.fields?.[name] ? `${name}-error` : undefined}
        className={INPUT}
      />
      {error(name)}
    </label>
  );

  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      {state.message && (
        <p
          role="alert"
          className="rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {state.message}
        </p>
      )}
      {threadId && <input type="hidden" name="threadId" value={threadId} />}
      {field("title", "Title")}
      <label className="block">
        <span className="text-sm font-medium">Kind</span>
        <select name="kind" defaultValue={value("kind") || "package_move"} className={INPUT}>
          {Object.entries(KIND_LABEL).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
        {error("kind")}
      </label>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm text-slate-600">For a package: add, move or drop</legend>
        {field("packageName", "Package")}
        {field("fromRepo", "From repository", "For a move or a drop, e.g. AUR")}
        {field("toRepo", "To repository", "For an addition or a move, e.g. community")}
      </fieldset>
      <fieldset className="rounded border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm text-slate-600">
          For adding or removing a trusted user
        </legend>
        {field("subjectUser", "Their email address")}
      </fieldset>
      <label className="block">
        <span className="text-sm font-medium">Text</span>
        <span className="block text-xs text-slate-500">
          What you propose and why; the discussion follows in its thread.
        </span>
        <textarea name="body" rows={8} defaultValue={value("body")} className={INPUT} />
        {error("body")}
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50"
      >
        Open the proposal
      </button>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { setRolesAction } from "@/app/admin/users/actions";
import type { Role } from "@/lib/generated/prisma/enums";
import { IDLE } from "@/lib/http/action-state";

export function RoleForm({
  userId,
  held,
  labels,
}: {
  userId: string;
  held: Role[];
  labels: Record<Role, string>;
}) {
  const [state, action, pending] = useActionState(setRolesAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-2 font-medium">Roles</legend>
        {(Object.keys(labels) as Role[]).map((role) => (
          <label key={role} className="flex items-center gap-1">
            <input type="checkbox" name="roles" value={role} defaultChecked={held.includes(role)} />
            {labels[role]}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-slate-900 px-3 py-1 text-white disabled:opacity-50 dark:bg-slate-100 dark:text-slate-900"
      >
        Save roles
      </button>
      {state.status === "refused" && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      {state.status === "done" && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          Roles saved.
        </p>
      )}
    </form>
  );
}

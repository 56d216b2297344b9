import { type Action, POLICY, ROLE_NAMES } from "@/lib/auth/policy";

/** Shown instead of a form the signed-in reader's roles would not let them use. */
export function NotAllowed({ action }: { action: Action }) {
  const rule = POLICY[action];
  return (
    <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
      Only {ROLE_NAMES[rule.role]} may {rule.doing}. An admin can grant you the role.
    </p>
  );
}

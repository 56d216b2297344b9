import Link from "next/link";
import { signOutAction } from "@/app/sign-in/actions";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";

/** The header's right-hand side: who is signed in, their pages, and signing out. */
export async function SessionNav() {
  const actor = await getSessionActorOrNull();
  const link = "text-sm text-slate-600 hover:underline dark:text-slate-300";
  if (!actor) {
    return (
      <Link href="/sign-in" className={`ml-auto ${link}`}>
        Sign in
      </Link>
    );
  }
  return (
    <div className="ml-auto flex items-center gap-4">
      {can(actor, "manageRoles") && (
        <Link href="/admin/users" className={link}>
          Users
        </Link>
      )}
      {can(actor, "editRules") && (
        <Link href="/admin/rules" className={link}>
          Rules
        </Link>
      )}
      <Link href="/settings" className={link} data-signed-in-as={actor.userId}>
        {actor.name ?? actor.email}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${link} cursor-pointer`}>
          Sign out
        </button>
      </form>
    </div>
  );
}

import Link from "next/link";

/** Shown instead of a form for someone signed out: what they could do after signing in. */
export function SignInPrompt({ to, next }: { to: string; next: string }) {
  return (
    <p className="rounded-lg border border-slate-200 p-4 text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium underline">
        Sign in
      </Link>{" "}
      to {to}.
    </p>
  );
}

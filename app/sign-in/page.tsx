import type { Metadata } from "next";
import { signInAsDemoUser, signInWithOidc } from "@/app/sign-in/actions";
import { EmailSignInForm } from "@/app/sign-in/EmailSignInForm";
import { devSignInEnabled } from "@/lib/auth/dev-sign-in";
import { authEnv } from "@/lib/auth/env";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { localPath } from "@/lib/http/local-path";
import { DEMO_USERS } from "@/lib/seed/demo-users";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

// What Auth.js's error codes mean for the person who met them.
const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "This account cannot sign in. Ask an admin if you think that is wrong.",
  OAuthAccountNotLinked: "That address already signs in another way; use the email link.",
  MissingCSRF: "The sign-in form had expired. Please try again.",
};

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = localPath(params.next);
  const env = authEnv();
  const actor = await getSessionActorOrNull();
  const button =
    "rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-900";

  return (
    <section className="max-w-xl space-y-8">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {actor && <p>You are signed in as {actor.name ?? actor.email}.</p>}
      {params.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {ERRORS[params.error] ?? "Signing in did not work. Please try again."}
        </p>
      )}

      {env.email.mode !== "off" && (
        <div className="space-y-2">
          <EmailSignInForm next={next} />
          {env.email.mode === "outbox" && (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Development: no mail server is configured, so the link goes to the server log and to
              the{" "}
              <a href="/dev/outbox" className="underline">
                outbox
              </a>
              .
            </p>
          )}
        </div>
      )}

      {env.oidc && (
        <form action={signInWithOidc}>
          <input type="hidden" name="next" value={next} />
          <button type="submit" className={button}>
            Sign in with {env.oidc.name}
          </button>
        </form>
      )}

      {devSignInEnabled() && (
        <div className="space-y-2">
          <h2 className="font-semibold">Development sign-in</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            On because QUORUM_DEV_SIGNIN=1. Sign in as a demo user, without a password:
          </p>
          <ul className="flex flex-wrap gap-2">
            {DEMO_USERS.map((user) => (
              <li key={user.email}>
                <form action={signInAsDemoUser}>
                  <input type="hidden" name="email" value={user.email} />
                  <input type="hidden" name="next" value={next} />
                  <button type="submit" className={button}>
                    {user.name}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </div>
      )}

      {env.email.mode === "off" && !env.oidc && !devSignInEnabled() && (
        <p>
          No way to sign in is configured on this board. Its operator can set EMAIL_SERVER and
          EMAIL_FROM, or the OIDC_ variables; on a machine of your own, `npm run dev` shows sign-in
          links in a local outbox, and `QUORUM_DEV_SIGNIN=1 npm start` signs in as a demo user. See
          the README.
        </p>
      )}
    </section>
  );
}

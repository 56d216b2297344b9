import type { Metadata } from "next";
import { revokeTokenAction } from "@/app/settings/actions";
import { CreateTokenForm } from "@/app/settings/CreateTokenForm";
import { LocalTime } from "@/components/LocalTime";
import { NotAllowed } from "@/components/NotAllowed";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can, ROLE_NAMES } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { findApiTokens } from "@/lib/tokens/find-api-tokens";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await getSessionActorOrNull();
  if (!actor) return <SignInPrompt to="see your settings and API tokens" next="/settings" />;

  const tokens = can(actor, "manageOwnTokens") ? await findApiTokens(actor.userId) : [];
  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Settings</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Signed in as {actor.name ? `${actor.name} <${actor.email}>` : actor.email}. Roles:{" "}
          {actor.roles.length ? actor.roles.map((role) => ROLE_NAMES[role]).join(", ") : "none"}.
        </p>
      </div>

      <div className="space-y-4">
        <h2 className="text-lg font-semibold">API tokens</h2>
        <p className="text-slate-600 dark:text-slate-400">
          Scripts act as you with a token. Only its first characters are kept for this list.
        </p>
        {can(actor, "manageOwnTokens") ? (
          <>
            <CreateTokenForm />
            {tokens.length === 0 ? (
              <p>You have no tokens.</p>
            ) : (
              <ul
                className="divide-y divide-slate-200 dark:divide-slate-800"
                aria-label="API tokens"
              >
                {tokens.map((token) => (
                  <li
                    key={token.id}
                    className="flex flex-wrap items-center gap-3 py-2"
                    data-token-id={token.id}
                  >
                    <span className="font-medium">{token.name}</span>
                    <code className="text-sm">{token.prefix}…</code>
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      created <LocalTime iso={token.createdAt.toISOString()} />
                    </span>
                    {token.revokedAt ? (
                      <span className="text-sm text-slate-500">
                        revoked <LocalTime iso={token.revokedAt.toISOString()} />
                      </span>
                    ) : (
                      <form action={revokeTokenAction}>
                        <input type="hidden" name="id" value={token.id} />
                        <button
                          type="submit"
                          className="text-sm text-red-700 underline dark:text-red-400"
                        >
                          Revoke
                        </button>
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <NotAllowed action="manageOwnTokens" />
        )}
      </div>
    </section>
  );
}

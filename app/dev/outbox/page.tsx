import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/LocalTime";
import { findDevOutboxEmails } from "@/lib/auth/dev-outbox";
import { authEnv } from "@/lib/auth/env";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox (development)" };

/** Sign-in emails that development kept instead of sending. Production has no such page. */
export default async function DevOutboxPage() {
  if (authEnv().production) notFound();
  const emails = await findDevOutboxEmails();

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Development only: with no EMAIL_SERVER, sign-in emails land here instead of being sent.
      </p>
      {emails.length === 0 ? (
        <p>No sign-in emails yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {emails.map((email) => (
            <li key={email.id} className="py-3">
              <p>
                To {email.to}, <LocalTime iso={email.createdAt.toISOString()} />
              </p>
              <a href={email.url} className="break-all text-blue-700 underline dark:text-blue-400">
                Sign in as {email.to}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

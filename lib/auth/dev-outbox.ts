// Development without a mail server: sign-in emails are kept in the dev_outbox_email table and
// shown at /dev/outbox, and the link goes to the server log.
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";

// The outbox page shows the most recent emails; older ones stay in the table.
export const DEV_OUTBOX_PAGE_SIZE = 20;

export async function keepInDevOutbox(params: { identifier: string; url: string }): Promise<void> {
  await db().devOutboxEmail.create({ data: { to: params.identifier, url: params.url } });
  // The one place a sign-in link is ever logged: development only (production has no outbox),
  // so that `npm run dev` needs no mail server.
  log.info("auth.dev_sign_in_link", { url: params.url });
}

export async function findDevOutboxEmails() {
  return db().devOutboxEmail.findMany({ orderBy: { id: "desc" }, take: DEV_OUTBOX_PAGE_SIZE });
}

// Development sign-in as a demo user, for trying the board and for browser tests. Auth.js's
// Credentials provider cannot do this: it works only with JWT sessions, and Quorum keeps
// sessions in the database. So this creates the Session row through the same adapter Auth.js
// uses; the caller sets the session cookie that Auth.js and actor resolution read.
import { randomUUID } from "node:crypto";
import { quorumAdapter } from "@/lib/auth/adapter";
import { authEnv } from "@/lib/auth/env";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { DEMO_USERS } from "@/lib/seed/demo-users";

export function devSignInEnabled(): boolean {
  return authEnv().devSignIn;
}

/** Starts a session for a demo user; refused unless QUORUM_DEV_SIGNIN=1, in any build. */
export async function createDevSession(
  email: string,
): Promise<{ sessionToken: string; expires: Date }> {
  if (!devSignInEnabled()) {
    throw new AppError("forbidden", "development sign-in is off: it needs QUORUM_DEV_SIGNIN=1");
  }
  // Only the demo users, so that a board where it was switched on by mistake still cannot be
  // entered as one of its real people.
  if (!DEMO_USERS.some((user) => user.email === email)) {
    throw new AppError("invalid", "development sign-in works for the demo users only");
  }
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, disabledAt: true },
  });
  if (!user || user.disabledAt) throw notFound("that demo user");

  const sessionToken = randomUUID();
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await quorumAdapter().createSession?.({ sessionToken, userId: user.id, expires });
  log.info("auth.dev_signed_in", { userId: user.id });
  return { sessionToken, expires };
}

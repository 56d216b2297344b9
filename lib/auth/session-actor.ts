// Who is looking at a page or calling a server action: the session cookie, read through
// Next.js. Server actions need no origin check here: Next.js refuses cross-site ones itself.
import { cookies } from "next/headers";
import { cache } from "react";
import { actorFromSessionToken } from "@/lib/auth/identities";
import { type Action, type Actor, authorize } from "@/lib/auth/policy";
import { sessionCookie } from "@/lib/auth/session-cookie";

/**
 * The signed-in actor, or null. Memoised for one render only, so the layout and the page share
 * one query; the next request reads the roles afresh.
 */
export const getSessionActorOrNull = cache(async (): Promise<Actor | null> => {
  const sessionToken = (await cookies()).get(sessionCookie().name)?.value;
  return sessionToken ? actorFromSessionToken(sessionToken) : null;
});

/** For server actions: the actor when the policy lets them do `action`; throws otherwise. */
export async function requireSessionActor(action: Action): Promise<Actor> {
  return authorize(await getSessionActorOrNull(), action);
}

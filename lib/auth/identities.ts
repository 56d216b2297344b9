// How a credential becomes an Actor. Roles are read from the database on every call, never
// cached, so that a revoked role or a disabled user stops working on the very next request.
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { hashApiToken } from "@/lib/tokens/api-token-secret";

const IDENTITY = {
  id: true,
  name: true,
  email: true,
  disabledAt: true,
  roles: { select: { role: true } },
} as const;

/** The actor of a browser session, or null for an unknown or expired session or a disabled user. */
export async function actorFromSessionToken(sessionToken: string): Promise<Actor | null> {
  const session = await db().session.findUnique({
    where: { sessionToken },
    select: { expires: true, user: { select: IDENTITY } },
  });
  if (!session || session.expires <= new Date() || session.user.disabledAt) return null;
  return toActor(session.user, "session");
}

/** The actor of an API token, or null for an unknown or revoked token or a disabled user. */
export async function actorFromApiToken(secret: string): Promise<Actor | null> {
  const token = await db().apiToken.findUnique({
    where: { hash: hashApiToken(secret) },
    select: { revokedAt: true, user: { select: IDENTITY } },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;
  return toActor(token.user, "token");
}

function toActor(
  user: {
    id: string;
    name: string | null;
    email: string;
    roles: { role: Actor["roles"][number] }[];
  },
  via: Actor["via"],
): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => r.role),
    via,
  };
}

// Who is making an API request: `Authorization: Bearer <token>` for scripts, otherwise the
// session cookie. The one place route handlers learn the caller's identity.
import { actorFromApiToken, actorFromSessionToken } from "@/lib/auth/identities";
import { type Action, type Actor, authorize } from "@/lib/auth/policy";
import { isMutating, isSameOrigin } from "@/lib/auth/same-origin";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { AppError } from "@/lib/http/errors";

/** The caller, or null when the request proves no identity. */
export async function resolveActor(request: Request): Promise<Actor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) return actorFromAuthorization(authorization);

  const sessionToken = sessionTokenFromCookieHeader(request.headers.get("cookie"));
  if (!sessionToken) return null;
  if (isMutating(request.method) && !isSameOrigin(request)) {
    throw new AppError(
      "forbidden",
      "this request came from another site; scripts sign their requests with an API token instead",
    );
  }
  return actorFromSessionToken(sessionToken);
}

/** The caller when the policy lets them do `action`: no identity 401, wrong role 403. */
export async function requireActor(request: Request, action: Action): Promise<Actor> {
  return authorize(await resolveActor(request), action);
}

async function actorFromAuthorization(header: string): Promise<Actor> {
  // A script that sends a token means to be that token's user: a bad one is an error, never a
  // silent fall back to whatever cookie came along.
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw new AppError("unauthenticated", "the Authorization header must be `Bearer <token>`");
  const actor = await actorFromApiToken(match[1] as string);
  if (!actor) throw new AppError("unauthenticated", "the API token is unknown or revoked");
  return actor;
}

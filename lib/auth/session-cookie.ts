// The cookie that carries a session token. Auth.js is configured with exactly this name and
// these options (lib/auth/auth.ts), so that the development sign-in writes, and actor
// resolution reads, the same cookie that Auth.js sets and clears.
import { authEnv } from "@/lib/auth/env";

// A month: long enough that people who read the board weekly stay signed in.
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

// Auth.js moves a session's expiry forward at most once a day, so reading pages costs no write.
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

export function sessionCookie() {
  const secure = authEnv().secureCookies;
  return {
    name: `${secure ? "__Secure-" : ""}authjs.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

/** The value of the session cookie in a Cookie header, if there is one. */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined;
  const name = sessionCookie().name;
  for (const pair of header.split(";")) {
    const [key, ...value] = pair.trim().split("=");
    if (key !== name) continue;
    // A cookie someone mangled is no session, not a server error.
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

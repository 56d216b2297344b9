// Auth.js: sign-in with an email link and OpenID Connect, sessions kept in the database so that
// they survive restarts and hold across instances. The configuration is read on first use, not
// at import, so that `next build` runs without the production variables.
import NextAuth, { type NextAuthConfig } from "next-auth";
import { quorumAdapter } from "@/lib/auth/adapter";
import { authLogger } from "@/lib/auth/auth-logger";
import { authEnv } from "@/lib/auth/env";
import { providers } from "@/lib/auth/providers";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
  sessionCookie,
} from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { changeRoles } from "@/lib/users/change-roles";

let config: NextAuthConfig | undefined;

function authConfig(): NextAuthConfig {
  const env = authEnv();
  config ??= {
    adapter: quorumAdapter(),
    secret: env.secret,
    session: {
      strategy: "database",
      maxAge: SESSION_MAX_AGE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
    },
    useSecureCookies: env.secureCookies,
    cookies: { sessionToken: sessionCookie() },
    providers: providers(env),
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    callbacks: {
      // A disabled user keeps their messages and ballots but can no longer sign in.
      async signIn({ user }) {
        const stored = await db().user.findFirst({
          where: { OR: [{ id: user.id ?? "" }, { email: user.email ?? "" }] },
          select: { id: true, disabledAt: true },
        });
        if (stored?.disabledAt) log.warn("auth.disabled_user_refused", { userId: stored.id });
        return !stored?.disabledAt;
      },
    },
    events: {
      // Signing in makes someone a member, who may reply; other roles come from an admin.
      async createUser({ user }) {
        if (user.id)
          await changeRoles({
            userId: user.id,
            grant: ["member"],
            by: { source: "first_sign_in" },
          });
      },
      signIn({ user, account }) {
        log.info("auth.signed_in", { userId: user.id, provider: account?.provider });
      },
      signOut(message) {
        const userId = "session" in message ? message.session?.userId : undefined;
        log.info("auth.signed_out", { userId });
      },
    },
    logger: authLogger,
  };
  return config;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());

// Auth.js's log lines, in Quorum's format. Its messages can carry addresses and tokens, so only
// an error's kind is logged; errors a visitor causes (an expired link, a missing CSRF token) are
// expected and logged as warnings.
import type { NextAuthConfig } from "next-auth";
import { log } from "@/lib/log";

const VISITOR_ERRORS = new Set([
  "AccessDenied",
  "Verification",
  "MissingCSRF",
  "OAuthAccountNotLinked",
  "OAuthCallbackError",
  "AccountNotLinked",
]);

export const authLogger: NonNullable<NextAuthConfig["logger"]> = {
  error(error) {
    const type = (error as { type?: string }).type ?? error.name;
    if (VISITOR_ERRORS.has(type)) log.warn("auth.refused", { type });
    else log.error("auth.error", { type });
  },
  warn: (code) => log.warn("auth.warning", { code }),
  debug: () => {},
};

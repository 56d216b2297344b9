// The sign-in providers that the configuration turns on. Development sign-in is not among them:
// Auth.js runs Credentials providers only with JWT sessions, and Quorum keeps sessions in the
// database (see lib/auth/dev-sign-in.ts).
import type { EmailConfig, OIDCConfig, Provider } from "next-auth/providers";
import { keepInDevOutbox } from "@/lib/auth/dev-outbox";
import { normalizeEmail } from "@/lib/auth/email-address";
import type { AuthEnv } from "@/lib/auth/env";
import { smtpSignInSender } from "@/lib/auth/smtp-sign-in-email";

export const EMAIL_PROVIDER_ID = "nodemailer";
export const OIDC_PROVIDER_ID = "oidc";

// Long enough for mail that is slow to arrive; short enough that an old email in an inbox that
// someone else reads later is useless.
const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

export function providers(env: AuthEnv): Provider[] {
  const list: Provider[] = [];
  if (env.email.mode !== "off") list.push(emailProvider(env.email));
  if (env.oidc) list.push(oidcProvider(env.oidc));
  return list;
}

function emailProvider(email: Exclude<AuthEnv["email"], { mode: "off" }>): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: "email",
    name: "Email",
    maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
    normalizeIdentifier: normalizeEmail,
    sendVerificationRequest:
      email.mode === "smtp" ? smtpSignInSender(email.server, email.from) : keepInDevOutbox,
  };
}

function oidcProvider(oidc: NonNullable<AuthEnv["oidc"]>): OIDCConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    type: "oidc",
    name: oidc.name,
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    // The issuer is the distribution's own identity provider, trusted to verify addresses, so a
    // person the operator added by address can sign in through it without a second account.
    allowDangerousEmailAccountLinking: true,
  };
}

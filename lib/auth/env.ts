// Sign-in configuration from the environment, validated once, with messages that name the
// variable. Which providers exist follows from what is set: see README, "Sign-in".
import { z } from "zod";

// Development only: lets `npm run dev` work with nothing configured. Anyone can read it here, so
// production refuses to start without a real AUTH_SECRET.
const DEV_ONLY_SECRET = "quorum-development-secret-never-use-in-production-0123456789";

// Auth.js signs and encrypts with this secret; `openssl rand -base64 33` gives 44 characters.
const MIN_SECRET_LENGTH = 32;

export interface AuthEnv {
  production: boolean;
  secret: string;
  /** AUTH_URL: the board's public URL; links in sign-in emails point here. */
  url: URL | undefined;
  /** Cookies carry `Secure` and the `__Secure-` prefix when the public URL is https. */
  secureCookies: boolean;
  /** smtp: send through EMAIL_SERVER; outbox: development without a mail server. */
  email: { mode: "smtp"; server: string; from: string } | { mode: "outbox" } | { mode: "off" };
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | undefined;
  devSignIn: boolean;
}

const OIDC_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const envSchema = z.object({
  NODE_ENV: optional,
  AUTH_SECRET: optional.pipe(
    z
      .string()
      .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`)
      .optional(),
  ),
  AUTH_URL: optional.pipe(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  ),
  AUTH_TRUST_HOST: optional,
  EMAIL_SERVER: optional.pipe(
    z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  ),
  EMAIL_FROM: optional,
  OIDC_ISSUER: optional.pipe(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  ),
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: optional,
  QUORUM_DEV_SIGNIN: optional.pipe(z.enum(["0", "1"], { error: "must be 1 or unset" }).optional()),
});

/** Reads and checks the sign-in variables; throws an Error naming the first variable that is wrong. */
export function readAuthEnv(env: Record<string, string | undefined> = process.env): AuthEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${String(issue?.path[0])} ${issue?.message ?? "is invalid"}`);
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === "production";

  if (production && !vars.AUTH_SECRET) {
    throw new Error(
      "AUTH_SECRET must be set in production: generate one with `openssl rand -base64 33`",
    );
  }
  // Without a fixed public URL Auth.js would build sign-in links from the request's Host header,
  // which anyone can forge to have a victim's link point at their own server.
  if (production && !vars.AUTH_URL && vars.AUTH_TRUST_HOST !== "true") {
    throw new Error(
      "AUTH_URL must be set in production (the board's public URL, e.g. https://quorum.example.org), " +
        "or AUTH_TRUST_HOST=true behind a proxy that sets X-Forwarded-Host",
    );
  }
  if (vars.EMAIL_SERVER && !vars.EMAIL_FROM) {
    throw new Error('EMAIL_FROM must be set with EMAIL_SERVER, e.g. "Quorum <quorum@example.org>"');
  }

  const url = vars.AUTH_URL ? new URL(vars.AUTH_URL) : undefined;
  return {
    production,
    secret: vars.AUTH_SECRET ?? DEV_ONLY_SECRET,
    url,
    secureCookies: url?.protocol === "https:",
    email: emailMode(vars.EMAIL_SERVER, vars.EMAIL_FROM, production),
    oidc: readOidc(vars),
    devSignIn: vars.QUORUM_DEV_SIGNIN === "1",
  };
}

function emailMode(
  server: string | undefined,
  from: string | undefined,
  production: boolean,
): AuthEnv["email"] {
  if (server && from) return { mode: "smtp", server, from };
  return production ? { mode: "off" } : { mode: "outbox" };
}

function readOidc(vars: z.infer<typeof envSchema>): AuthEnv["oidc"] {
  const set = OIDC_VARIABLES.filter((name) => vars[name] !== undefined);
  if (set.length === 0) return undefined;

  const missing = OIDC_VARIABLES.filter((name) => vars[name] === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing: set ` +
        `${OIDC_VARIABLES.join(", ")} together for OpenID Connect sign-in, or none of them`,
    );
  }
  return {
    issuer: vars.OIDC_ISSUER as string,
    clientId: vars.OIDC_CLIENT_ID as string,
    clientSecret: vars.OIDC_CLIENT_SECRET as string,
    name: vars.OIDC_NAME ?? "single sign-on",
  };
}

let cached: AuthEnv | undefined;

/** The process's sign-in configuration, read on first use. */
export function authEnv(): AuthEnv {
  cached ??= readAuthEnv();
  return cached;
}

import { describe, expect, it } from "vitest";
import { readAuthEnv } from "@/lib/auth/env";

const OIDC = {
  OIDC_ISSUER: "https://sso.example.org/realms/staff",
  OIDC_CLIENT_ID: "quorum",
  OIDC_CLIENT_SECRET: "s3cret",
};
const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_SECRET: "x".repeat(44),
  AUTH_URL: "https://quorum.example.org",
};

describe("OpenID Connect configuration", () => {
  it("is off when none of its variables is set", () => {
    expect(readAuthEnv({}).oidc).toBeUndefined();
  });

  it("is on with all three, named by OIDC_NAME", () => {
    expect(readAuthEnv({ ...OIDC, OIDC_NAME: "Arch Linux SSO" }).oidc).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      clientId: "quorum",
      clientSecret: "s3cret",
      name: "Arch Linux SSO",
    });
  });

  it.each([
    ["OIDC_ISSUER", /^OIDC_ISSUER is missing/],
    ["OIDC_CLIENT_ID", /^OIDC_CLIENT_ID is missing/],
    ["OIDC_CLIENT_SECRET", /^OIDC_CLIENT_SECRET is missing/],
  ])("refuses to start without %s, naming it", (left, message) => {
    const env: Record<string, string> = { ...OIDC };
    delete env[left];
    expect(() => readAuthEnv(env)).toThrow(message);
  });

  it("names every missing variable when only one is set", () => {
    expect(() => readAuthEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(
      "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are missing",
    );
  });

  it("treats an empty variable as unset", () => {
    expect(() => readAuthEnv({ ...OIDC, OIDC_CLIENT_SECRET: "  " })).toThrow(
      /^OIDC_CLIENT_SECRET is missing/,
    );
  });

  it("refuses an issuer that is not a URL", () => {
    expect(() => readAuthEnv({ ...OIDC, OIDC_ISSUER: "sso.example.org" })).toThrow(
      "OIDC_ISSUER must be an http(s) URL",
    );
  });
});

describe("the rest of the sign-in configuration", () => {
  it("needs AUTH_SECRET in production, and uses a development secret otherwise", () => {
    expect(() => readAuthEnv({ ...PRODUCTION, AUTH_SECRET: undefined })).toThrow(
      /^AUTH_SECRET must be set in production/,
    );
    expect(readAuthEnv({}).secret.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses a short AUTH_SECRET", () => {
    expect(() => readAuthEnv({ AUTH_SECRET: "short" })).toThrow("AUTH_SECRET must be at least 32");
  });

  it("needs AUTH_URL in production unless the host is trusted", () => {
    expect(() => readAuthEnv({ ...PRODUCTION, AUTH_URL: undefined })).toThrow(
      /^AUTH_URL must be set/,
    );
    expect(
      readAuthEnv({ ...PRODUCTION, AUTH_URL: undefined, AUTH_TRUST_HOST: "true" }).url,
    ).toBeUndefined();
  });

  it("makes cookies secure for an https AUTH_URL only", () => {
    expect(readAuthEnv(PRODUCTION).secureCookies).toBe(true);
    expect(readAuthEnv({ AUTH_URL: "http://localhost:3000" }).secureCookies).toBe(false);
  });

  it("keeps sign-in emails in the outbox in development, sends them with EMAIL_SERVER", () => {
    expect(readAuthEnv({}).email).toEqual({ mode: "outbox" });
    expect(readAuthEnv(PRODUCTION).email).toEqual({ mode: "off" });
    expect(
      readAuthEnv({
        ...PRODUCTION,
        EMAIL_SERVER: "smtp://mail:25",
        EMAIL_FROM: "Quorum <q@example.org>",
      }).email,
    ).toEqual({ mode: "smtp", server: "smtp://mail:25", from: "Quorum <q@example.org>" });
    expect(() => readAuthEnv({ EMAIL_SERVER: "smtp://mail:25" })).toThrow(
      /^EMAIL_FROM must be set/,
    );
    expect(() => readAuthEnv({ EMAIL_SERVER: "mail:25" })).toThrow(
      "EMAIL_SERVER must be an smtp://",
    );
  });

  it("enables development sign-in only with QUORUM_DEV_SIGNIN=1, in any build", () => {
    expect(readAuthEnv({}).devSignIn).toBe(false);
    expect(readAuthEnv(PRODUCTION).devSignIn).toBe(false);
    expect(readAuthEnv({ ...PRODUCTION, QUORUM_DEV_SIGNIN: "1" }).devSignIn).toBe(true);
    expect(() => readAuthEnv({ QUORUM_DEV_SIGNIN: "yes" })).toThrow(
      "QUORUM_DEV_SIGNIN must be 1 or unset",
    );
  });
});

// Signing in with an email link in development, without a mail server: the link lands in the
// outbox, and following it starts a database session for a new member.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveActor } from "@/lib/auth/actor";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { loadHandler } from "@/lib/testing/route-handlers";
import { testRequest } from "@/lib/testing/sessions";

const ROUTE = "/api/auth/[...nextauth]";

async function auth(
  method: "GET" | "POST",
  path: string,
  init: Parameters<typeof testRequest>[1] = {},
) {
  const handler = await loadHandler(ROUTE, method);
  const nextauth = new URL(path, "http://x").pathname.replace(/^\/api\/auth\//, "").split("/");
  return handler(testRequest(path, { method, ...init }), { params: Promise.resolve({ nextauth }) });
}

function cookieValue(response: Response, name: string): string | undefined {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [key, ...value] = (pair as string).split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

// Every log line written during a test, at every level.
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  vi.stubEnv("LOG_LEVEL", "debug");
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation((chunk, ...rest) => {
      logged.push(String(chunk));
      return write(chunk, ...(rest as []));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("email sign-in in development", () => {
  it("keeps the link in the outbox, and the link signs a new member in", async () => {
    const email = `newcomer-${randomUUID().slice(0, 8)}@test.example.org`;

    const csrf = await auth("GET", "/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");

    const requested = await auth("POST", "/api/auth/signin/nodemailer", {
      form: { email, csrfToken, callbackUrl: "/" },
      headers: { cookie: csrfCookie },
    });
    expect(requested.status).toBe(302);
    expect(requested.headers.get("location")).toContain("/verify-request");

    const kept = await db().devOutboxEmail.findFirstOrThrow({ where: { to: email } });
    const link = new URL(kept.url);
    expect(link.pathname).toBe("/api/auth/callback/nodemailer");

    const followed = await auth("GET", `${link.pathname}${link.search}`);
    expect(followed.status).toBe(302);
    const sessionToken = cookieValue(followed, sessionCookie().name);
    expect(sessionToken).toBeDefined();

    const stored = await db().session.findUniqueOrThrow({ where: { sessionToken } });
    const cookie = `${sessionCookie().name}=${sessionToken}`;
    const actor = await resolveActor(testRequest("/api/tokens", { headers: { cookie } }));
    expect(actor).toMatchObject({
      userId: stored.userId,
      email,
      roles: ["member"],
      via: "session",
    });
    const events = await db().roleEvent.findMany({ where: { subjectId: stored.userId } });
    expect(events.map((e) => [e.role, e.granted, e.source])).toEqual([
      ["member", true, "first_sign_in"],
    ]);

    const again = await auth("GET", `${link.pathname}${link.search}`);
    expect(again.headers.get("location")).toContain("error=Verification");

    // The development link is the one line that may carry an address; nothing else may, and
    // no line carries the session token.
    const others = logged.filter((line) => !line.includes('"auth.dev_sign_in_link"'));
    expect(logged.filter((line) => line.includes('"auth.dev_sign_in_link"'))).toHaveLength(1);
    expect(others.filter((line) => line.includes(email))).toEqual([]);
    expect(logged.filter((line) => line.includes(sessionToken as string))).toEqual([]);
    expect(others.some((line) => line.includes(stored.userId))).toBe(true);
  });

  it("refuses a disabled user", async () => {
    const email = `disabled-${randomUUID().slice(0, 8)}@test.example.org`;
    await db().user.create({ data: { email, disabledAt: new Date() } });

    const csrf = await auth("GET", "/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const requested = await auth("POST", "/api/auth/signin/nodemailer", {
      form: { email, csrfToken, callbackUrl: "/" },
      headers: {
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
    });

    expect(requested.headers.get("location")).toContain("error=AccessDenied");
    expect(await db().devOutboxEmail.count({ where: { to: email } })).toBe(0);
  });
});

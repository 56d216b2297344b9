// Signed-in users and requests for database tests: a real user, a real Session row and the
// cookie that carries it, so that tests go through actor resolution exactly as a browser does.
import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/seed/factories";

export const TEST_ORIGIN = "http://localhost:3000";

export interface SignedInUser {
  userId: string;
  email: string;
  sessionToken: string;
}

/** A new user holding `roles`, with a live session. */
export async function createSignedInUser(roles: Role[], label = "user"): Promise<SignedInUser> {
  const email = `${label}-${randomUUID().slice(0, 8)}@test.example.org`;
  const user = await createUser(db(), { email, name: label, roles });
  const sessionToken = randomUUID();
  await db().session.create({
    data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) },
  });
  return { userId: user.id, email, sessionToken };
}

export interface TestRequestInit {
  method?: string;
  /** Sends the session cookie of this user, from a page of the board itself. */
  as?: SignedInUser | null;
  /** Sends `Authorization: Bearer <token>` instead of a cookie. */
  bearer?: string;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

/** A request as Next.js hands it to a route handler. */
export function testRequest(path: string, init: TestRequestInit = {}): NextRequest {
  const headers = new Headers(init.headers);
  if (init.as) {
    headers.set("cookie", `${sessionCookie().name}=${init.as.sessionToken}`);
    if (!headers.has("sec-fetch-site")) headers.set("sec-fetch-site", "same-origin");
  }
  if (init.bearer) headers.set("authorization", `Bearer ${init.bearer}`);

  let body: string | undefined;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  } else if (init.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(init.form).toString();
  }
  return new NextRequest(new URL(path, TEST_ORIGIN), {
    method: init.method ?? "GET",
    headers,
    body,
  });
}

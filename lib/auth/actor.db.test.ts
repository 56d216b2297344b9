import { describe, expect, it } from "vitest";
import { resolveActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { createSignedInUser, TEST_ORIGIN, testRequest } from "@/lib/testing/sessions";

async function refusal(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.kind;
    throw error;
  }
}

describe("resolveActor", () => {
  it("finds nobody in a request without credentials", async () => {
    expect(await resolveActor(testRequest("/api/tokens", { method: "POST" }))).toBeNull();
  });

  it("reads the session cookie with the roles held now", async () => {
    const user = await createSignedInUser(["member", "trusted"]);
    const actor = await resolveActor(testRequest("/api/tokens", { as: user }));
    expect(actor).toMatchObject({
      userId: user.userId,
      roles: ["member", "trusted"],
      via: "session",
    });
  });

  it("takes a cookie on a write only from the board's own pages", async () => {
    const user = await createSignedInUser(["member"]);
    const post = (headers: Record<string, string>) =>
      resolveActor(testRequest("/api/tokens", { method: "POST", as: user, headers }));

    expect(await refusal(post({ "sec-fetch-site": "cross-site" }))).toBe("forbidden");
    expect(await refusal(post({ "sec-fetch-site": "same-site" }))).toBe("forbidden");
    expect((await post({ "sec-fetch-site": "same-origin" }))?.userId).toBe(user.userId);

    const noFetchMetadata = (headers: Record<string, string>) =>
      resolveActor(
        testRequest("/api/tokens", {
          method: "POST",
          headers: {
            cookie: testRequest("/", { as: user }).headers.get("cookie") as string,
            ...headers,
          },
        }),
      );
    expect(await refusal(noFetchMetadata({}))).toBe("forbidden");
    expect(await refusal(noFetchMetadata({ origin: "https://evil.example" }))).toBe("forbidden");
    expect((await noFetchMetadata({ origin: TEST_ORIGIN }))?.userId).toBe(user.userId);
  });

  it("reads a cookie on a read from anywhere, since reading changes nothing", async () => {
    const user = await createSignedInUser(["member"]);
    const get = testRequest("/api/tokens", {
      as: user,
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect((await resolveActor(get))?.userId).toBe(user.userId);
  });

  it("refuses a malformed Authorization header rather than falling back to the cookie", async () => {
    const user = await createSignedInUser(["member"]);
    const request = testRequest("/api/tokens", {
      as: user,
      headers: { authorization: "Basic abc" },
    });
    expect(await refusal(resolveActor(request))).toBe("unauthenticated");
    const unknown = testRequest("/api/tokens", { as: user, bearer: "qrm_not-a-token" });
    expect(await refusal(resolveActor(unknown))).toBe("unauthenticated");
  });
});

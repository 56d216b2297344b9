import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { type RateLimitRule, SIGN_IN_EMAILS_PER_ADDRESS } from "@/lib/rate-limit/rules";
import { loadHandler } from "@/lib/testing/route-handlers";
import { testRequest } from "@/lib/testing/sessions";

const rule = (limit: number, windowMs = 60_000): RateLimitRule => ({
  name: `test-${randomUUID().slice(0, 8)}`,
  limit,
  windowMs,
  what: "test requests",
});

async function outcome(subject: string, limit: RateLimitRule): Promise<"allowed" | AppError> {
  try {
    await consumeRateLimit(subject, limit);
    return "allowed";
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe("consumeRateLimit", () => {
  it("allows the limit within a window, then refuses with the time left", async () => {
    const threePerMinute = rule(3);
    for (let i = 0; i < 3; i++) expect(await outcome("u1", threePerMinute)).toBe("allowed");

    const refused = await outcome("u1", threePerMinute);
    expect(refused).toBeInstanceOf(AppError);
    const error = refused as AppError;
    expect(error.kind).toBe("rate_limited");
    expect(error.message).toBe(
      "too many test requests: at most 3 in 1 minute; try again in 1 minute",
    );
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("counts each subject on its own", async () => {
    const onePerMinute = rule(1);
    expect(await outcome("a", onePerMinute)).toBe("allowed");
    expect(await outcome("b", onePerMinute)).toBe("allowed");
    expect(await outcome("a", onePerMinute)).toBeInstanceOf(AppError);
  });

  it("starts a new window once the old one has passed", async () => {
    const onePerMinute = rule(1);
    expect(await outcome("u", onePerMinute)).toBe("allowed");
    expect(await outcome("u", onePerMinute)).toBeInstanceOf(AppError);

    await db().rateLimit.update({
      where: { key: `${onePerMinute.name}:u` },
      data: { windowStartsAt: new Date(Date.now() - 61_000) },
    });
    expect(await outcome("u", onePerMinute)).toBe("allowed");
    const row = await db().rateLimit.findUniqueOrThrow({
      where: { key: `${onePerMinute.name}:u` },
    });
    expect(row.count).toBe(1);
  });

  it("lets exactly the limit through when requests arrive at once", async () => {
    const tenPerMinute = rule(10);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () => outcome("busy", tenPerMinute)),
    );

    expect(outcomes.filter((o) => o === "allowed")).toHaveLength(10);
    const row = await db().rateLimit.findUniqueOrThrow({
      where: { key: `${tenPerMinute.name}:busy` },
    });
    expect(row.count).toBe(40);
  });
});

describe("sign-in emails", () => {
  it("are limited per address, however it is spelt, with 429 and Retry-After", async () => {
    const post = await loadHandler("/api/auth/[...nextauth]", "POST");
    const address = `flood-${randomUUID().slice(0, 8)}@test.example.org`;
    const request = (email: string) =>
      post(testRequest("/api/auth/signin/nodemailer", { method: "POST", form: { email } }), {
        params: Promise.resolve({ nextauth: ["signin", "nodemailer"] }),
      });

    for (let i = 0; i < SIGN_IN_EMAILS_PER_ADDRESS.limit; i++) {
      expect((await request(i % 2 ? address.toUpperCase() : address)).status).toBe(302);
    }
    const refused = await request(` ${address} `);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("rate_limited");

    const someoneElse = await request(`other-${address}`);
    expect(someoneElse.status).toBe(302);
  });
});

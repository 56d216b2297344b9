// Counts one request against a rate limit in PostgreSQL, so that every app instance shares the
// count. One upsert both starts a new window and counts within the current one: the row lock
// that ON CONFLICT takes makes concurrent requests for a key queue up, so none are lost.
// Known gap: rows are never deleted, so every key ever counted keeps its row (see README).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import type { RateLimitRule } from "@/lib/rate-limit/rules";

/** Counts one request for `subject` (an address or user id); throws "rate_limited" when over. */
export async function consumeRateLimit(subject: string, rule: RateLimitRule): Promise<void> {
  const key = `${rule.name}:${subject}`;
  const rows = await db().$queryRaw<{ count: number; retryAfterMs: number }[]>`
    INSERT INTO "rate_limit" ("key", "windowStartsAt", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStartsAt" = CASE
        WHEN "rate_limit"."windowStartsAt" <= now() - make_interval(secs => ${rule.windowMs / 1000})
        THEN now() ELSE "rate_limit"."windowStartsAt" END,
      "count" = CASE
        WHEN "rate_limit"."windowStartsAt" <= now() - make_interval(secs => ${rule.windowMs / 1000})
        THEN 1 ELSE "rate_limit"."count" + 1 END
    RETURNING "count",
      (EXTRACT(EPOCH FROM "windowStartsAt" - now()) * 1000 + ${rule.windowMs})::float8
        AS "retryAfterMs"`;
  const row = rows[0];
  if (!row || row.count <= rule.limit) return;

  const retryAfterSeconds = Math.max(1, Math.ceil(row.retryAfterMs / 1000));
  throw new AppError(
    "rate_limited",
    `too many ${rule.what}: at most ${rule.limit} in ${duration(rule.windowMs)}; ` +
      `try again in ${duration(retryAfterSeconds * 1000)}`,
    undefined,
    retryAfterSeconds,
  );
}

/** "40 seconds", "7 minutes", "2 hours", rounded up so that trying again then succeeds. */
function duration(ms: number): string {
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? "" : "s"}`;
  if (ms < 60_000) return plural(Math.ceil(ms / 1000), "second");
  if (ms < 3_600_000) return plural(Math.ceil(ms / 60_000), "minute");
  return plural(Math.ceil(ms / 3_600_000), "hour");
}

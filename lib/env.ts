// Configuration from the environment, validated once, with messages that name the variable.
import { z } from "zod";

const urlSchema = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: "must be a postgresql:// connection URL",
  });

/** The configured DATABASE_URL, or undefined when Quorum should use its embedded server. */
export function databaseUrlFromEnv(): string | undefined {
  const raw = process.env.DATABASE_URL;
  if (raw === undefined || raw.trim() === "") return undefined;

  const parsed = urlSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`DATABASE_URL ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  }
  return parsed.data;
}

/** DATABASE_URL for code that runs only after start-up has resolved it (the app itself). */
export function requireDatabaseUrl(): string {
  const url = databaseUrlFromEnv();
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set: start Quorum with `npm start` (which starts an embedded " +
        "PostgreSQL when DATABASE_URL is unset) or set DATABASE_URL",
    );
  }
  return url;
}

const portSchema = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole port number")
  .min(1, "must be a port number from 1 to 65535")
  .max(65_535, "must be a port number from 1 to 65535");

/** PORT, the port `npm start` and `npm run dev` listen on; 3000 when unset. */
export function portFromEnv(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw.trim() === "") return 3000;
  const parsed = portSchema.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`PORT ${parsed.error.issues[0]?.message}, not "${raw}"`);
  return parsed.data;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;

/** Throws, naming LOG_LEVEL, when it is set to anything but one of LOG_LEVELS. */
export function checkLogLevel(): void {
  const raw = process.env.LOG_LEVEL;
  if (raw === undefined || (LOG_LEVELS as readonly string[]).includes(raw)) return;
  throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, not "${raw}"`);
}

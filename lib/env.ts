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

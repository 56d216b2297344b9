// The one spelling of an address that Quorum stores and compares: sign-in emails, the operator's
// command and rate limits all use it, so that "Alice@Example.org" is the same person as
// "alice@example.org" everywhere.
import { z } from "zod";

/** NFKC, trimmed, lower case; throws for anything that is not a single plain address. */
export function normalizeEmail(raw: string): string {
  // NFKC first, so that a look-alike of "@" cannot slip past the checks and split later.
  const email = raw.normalize("NFKC").trim().toLowerCase();
  if (!z.email().safeParse(email).success) throw new Error("not an email address");
  return email;
}

export const emailSchema = z
  .string({ error: "give an email address" })
  .transform((raw, context) => {
    try {
      return normalizeEmail(raw);
    } catch {
      context.addIssue({ code: "custom", message: "must be an email address" });
      return z.NEVER;
    }
  });

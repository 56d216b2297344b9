// The rate limit on sign-in emails, counted per address. Both ways of asking for a link go
// through it: the sign-in page's server action and a POST to Auth.js's own endpoint.
import { normalizeEmail } from "@/lib/auth/email-address";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { SIGN_IN_EMAILS_PER_ADDRESS } from "@/lib/rate-limit/rules";

/** Counts one sign-in email to `rawEmail`; throws "rate_limited" when the address had enough. */
export async function limitSignInEmails(rawEmail: string): Promise<void> {
  let email: string;
  try {
    email = normalizeEmail(rawEmail);
  } catch {
    // Not an address: Auth.js refuses it without sending anything, so there is nothing to count.
    return;
  }
  try {
    await consumeRateLimit(email, SIGN_IN_EMAILS_PER_ADDRESS);
  } catch (error) {
    if (error instanceof AppError) log.warn("auth.sign_in_emails_limited");
    throw error;
  }
}

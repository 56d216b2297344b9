"use server";
// The sign-in page's server actions. Each is a thin boundary: parse the form, then hand over to
// Auth.js or lib/auth.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { createDevSession } from "@/lib/auth/dev-sign-in";
import { emailSchema } from "@/lib/auth/email-address";
import { EMAIL_PROVIDER_ID, OIDC_PROVIDER_ID } from "@/lib/auth/providers";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { limitSignInEmails } from "@/lib/auth/sign-in-email-limit";
import { type ActionState, actionState } from "@/lib/http/action-state";
import { AppError, invalidInput } from "@/lib/http/errors";
import { localPath } from "@/lib/http/local-path";

const emailFormSchema = z.object({ email: emailSchema, next: z.unknown().transform(localPath) });

/** Sends a sign-in link, counted against the address's rate limit first. */
export async function requestSignInLink(
  _previous: ActionState,
  form: FormData,
): Promise<ActionState> {
  const parsed = emailFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "refused", message: invalidInput(parsed.error).message };

  const limited = await actionState(() => limitSignInEmails(parsed.data.email));
  if (limited.status === "refused") return limited;
  try {
    // Auth.js answers by redirecting to the "check your email" page.
    await signIn(EMAIL_PROVIDER_ID, { email: parsed.data.email, redirectTo: parsed.data.next });
  } catch (error) {
    // Auth.js has logged what went wrong (its kind only); the visitor may simply try again.
    if (error instanceof AuthError) {
      return {
        status: "refused",
        message: "the sign-in email could not be sent; please try again later",
      };
    }
    throw error;
  }
  return { status: "done", value: undefined };
}

export async function signInWithOidc(form: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: localPath(form.get("next")) });
}

/** Development sign-in as a demo user; refused unless QUORUM_DEV_SIGNIN=1. */
export async function signInAsDemoUser(form: FormData): Promise<void> {
  const email = form.get("email");
  if (typeof email !== "string") throw new AppError("invalid", "choose a demo user");

  let session: Awaited<ReturnType<typeof createDevSession>>;
  try {
    session = await createDevSession(email);
  } catch (error) {
    // Only a hand-made request names anyone but the demo users the page offers.
    if (error instanceof AppError) redirect("/sign-in");
    throw error;
  }
  const { sessionToken, expires } = session;
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, sessionToken, { ...cookie.options, expires });
  redirect(localPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

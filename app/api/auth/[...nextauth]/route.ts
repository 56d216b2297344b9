// GET, POST /api/auth/* — Auth.js: providers, sign-in, the email link's callback, sign-out.
// A request for a sign-in email is counted against its address before Auth.js sends anything.
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/providers";
import { limitSignInEmails } from "@/lib/auth/sign-in-email-limit";
import { handle } from "@/lib/http/errors";

export const GET = handlers.GET;

export const POST = handle(async (request: NextRequest) => {
  if (request.nextUrl.pathname.endsWith(`/signin/${EMAIL_PROVIDER_ID}`)) {
    const email = (
      await request
        .clone()
        .formData()
        .catch(() => undefined)
    )?.get("email");
    if (typeof email === "string") await limitSignInEmails(email);
  }
  return handlers.POST(request);
});

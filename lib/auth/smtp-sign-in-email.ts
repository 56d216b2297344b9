// Sends a sign-in link through the SMTP server that EMAIL_SERVER names.
import { createTransport } from "nodemailer";
import { log } from "@/lib/log";

export function smtpSignInSender(server: string, from: string) {
  const transport = createTransport(server);
  return async (params: { identifier: string; url: string; expires: Date }): Promise<void> => {
    await transport.sendMail({
      to: params.identifier,
      from,
      subject: "Sign in to Quorum",
      text: signInText(params.url, params.expires),
    });
    log.info("auth.sign_in_email_sent");
  };
}

export function signInText(url: string, expires: Date): string {
  return [
    "Open this link to sign in to Quorum:",
    "",
    url,
    "",
    `It works once, until ${expires.toISOString().replace("T", " ").slice(0, 16)} UTC.`,
    "If you did not ask to sign in, ignore this email: nothing happens without the link.",
    "",
  ].join("\n");
}

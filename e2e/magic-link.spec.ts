// Signing in with an email link, end to end: the board sends the link over SMTP to a real SMTP
// server started here (the port playwright.config.ts gives the board as EMAIL_SERVER), and the
// browser follows it.
import { expect, type Page, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { smtpPort } from "../playwright.config";

interface Received {
  to: string[];
  text: string;
}

const inbox: Received[] = [];
let server: SMTPServer;

test.beforeAll(async () => {
  server = new SMTPServer({
    // Plain SMTP on localhost, as a development mail catcher offers it.
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), text: mail.text ?? "" });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(smtpPort, "127.0.0.1", resolve);
  });
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function requestLink(page: Page, email: string): Promise<string> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  let mail: Received | undefined;
  await expect
    .poll(() => (mail = inbox.find((m) => m.to.includes(email))), { timeout: 10_000 })
    .toBeTruthy();
  const link = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/.exec(mail?.text ?? "")?.[0];
  expect(link).toBeDefined();
  return link as string;
}

test("a newcomer signs in with the link from their email, then signs out", async ({ page }) => {
  const email = "newcomer@example.org";
  const link = await requestLink(page, email);

  await page.goto(link);
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: email })).toBeVisible();
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();

  await header.getByRole("link", { name: email }).click();
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByText("Roles: members")).toBeVisible();

  await header.getByRole("button", { name: "Sign out" }).click();
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a sign-in link works once", async ({ page, context }) => {
  const link = await requestLink(page, "dave@example.org");
  await page.goto(link);
  await expect(page.getByRole("banner").getByRole("link", { name: "Dave Member" })).toBeVisible();

  await context.clearCookies();
  await page.goto(link);
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a production build has no development outbox", async ({ page }) => {
  const response = await page.goto("/dev/outbox");
  expect(response?.status()).toBe(404);
});

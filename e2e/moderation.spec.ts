// Moderation and keyboard reading in the browser: an admin hides a message (readers see a
// placeholder in its place, the replies stay under it) and locks the thread, each with a reason
// that readers are shown, with or without JavaScript; j/k move between messages. Acts on the
// deep thread of lib/testing/e2e-fixtures.ts.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

const message = (id: string) => `li[data-message-id="${id}@e2e.example.org"] > article`;

test("an admin hides a message and locks the thread; a reader sees the placeholder", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "Alice Admin");
  await admin.goto("/m/deep-4%40e2e.example.org");
  const deep4 = admin.locator(message("deep-4"));
  // No reason, no action: the browser refuses the empty field before anything is sent.
  await deep4.getByRole("button", { name: "Hide message" }).click();
  await expect(deep4.getByRole("textbox", { name: "Reason for hiding" })).toBeFocused();
  await expect(deep4.locator("[data-hidden-note]")).toHaveCount(0);

  await deep4.getByRole("textbox", { name: "Reason for hiding" }).fill("Personal attack.");
  await deep4.getByRole("button", { name: "Hide message" }).click();
  await expect(deep4.locator("[data-hidden-note]")).toContainText("Reason: Personal attack.");
  await admin.getByRole("textbox", { name: "Reason for locking" }).fill("Cooling off for a day.");
  await admin.getByRole("button", { name: "Lock thread" }).click();
  await expect(admin.locator("[data-locked]")).toHaveText(
    "This thread is locked by a moderator: it takes no new replies. Reason: Cooling off for a day.",
  );

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(admin.url().split("#")[0] as string);
  await expect(reader.locator(message("deep-4")).locator("[data-hidden-placeholder]")).toHaveText(
    "This message was hidden by a moderator. Reason: Personal attack.",
  );
  await expect(reader.locator("[data-locked]")).toContainText("Reason: Cooling off for a day.");
  await expect(reader.locator(message("deep-4"))).not.toContainText("Point number 4");
  await expect(reader.locator(message("deep-5"))).toContainText("Point number 5");
  await expect(reader.getByRole("link", { name: /^Reply to / })).toHaveCount(0);

  await admin.getByRole("textbox", { name: "Reason for unlocking" }).fill("Tempers cooled.");
  await admin.getByRole("button", { name: "Unlock thread" }).click();
  await expect(admin.locator("[data-locked]")).toHaveCount(0);
  await deep4.getByRole("textbox", { name: "Reason for showing" }).fill("Apology accepted.");
  await deep4.getByRole("button", { name: "Show message" }).click();
  await expect(deep4.locator("[data-hidden-note]")).toHaveCount(0);
  await expect(deep4).toContainText("Point number 4");
});

test("without JavaScript, an admin locks and unlocks a thread with a reason", async ({
  browser,
}) => {
  const admin = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInAs(admin, "Alice Admin");
  await admin.goto("/m/deep-0%40e2e.example.org");

  await admin.getByRole("textbox", { name: "Reason for locking" }).fill("Off topic.");
  await admin.getByRole("button", { name: "Lock thread" }).click();
  await expect(admin.locator("[data-locked]")).toContainText("Reason: Off topic.");
  await admin.getByRole("textbox", { name: "Reason for unlocking" }).fill("Back on topic.");
  await admin.getByRole("button", { name: "Unlock thread" }).click();
  await expect(admin.locator("[data-locked]")).toHaveCount(0);
  await expect(admin.getByRole("button", { name: "Lock thread" })).toBeVisible();
});

test("a reason that only spaces fill, past the browser's check, ends on the board's error page", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "Alice Admin");
  await admin.goto("/m/deep-0%40e2e.example.org");

  const reason = admin.getByRole("textbox", { name: "Reason for locking" });
  await reason.evaluate((field) => {
    field.removeAttribute("required");
    field.removeAttribute("pattern");
  });
  await reason.fill("   ");
  await admin.getByRole("button", { name: "Lock thread" }).click();
  await expect(admin.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
  await admin.goto("/m/deep-0%40e2e.example.org");
  await expect(admin.locator("[data-locked]")).toHaveCount(0);
});

test("j and k move the focus from message to message", async ({ page }) => {
  await page.goto("/m/deep-0%40e2e.example.org");
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(page.locator(message("deep-0"))).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(page.locator(message("deep-2"))).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.locator(message("deep-1"))).toBeFocused();
});

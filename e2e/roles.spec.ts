// Roles in the browser: an admin changes a user's roles and sees the history; a member is told
// why the page is not for them; a member sees addresses that a reader does not.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

test("an admin revokes a role and the history records it", async ({ page }) => {
  await signInAs(page, "Alice Admin");
  await page.getByRole("banner").getByRole("link", { name: "Users" }).click();
  await page.getByRole("textbox", { name: "Search by address or name" }).fill("carol");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Carol Trusted" }).click();

  await page.getByRole("checkbox", { name: "trusted user" }).uncheck();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByRole("status")).toHaveText("Roles saved.");

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "trusted user" })).not.toBeChecked();
  await expect(page.getByRole("list", { name: "Role history" })).toContainText(
    "revoked trusted user by Alice Admin",
  );
});

test("a member is told that the users page is for admins", async ({ page }) => {
  await signInAs(page, "Dave Member");
  await expect(page.getByRole("banner").getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByText("Only admins may change users' roles.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save roles" })).toHaveCount(0);
});

test("a signed-out reader is asked to sign in instead of seeing the users page", async ({
  page,
}) => {
  await page.goto("/admin/users");
  await expect(page.getByRole("link", { name: "Sign in" }).last()).toBeVisible();
  await expect(page.getByText("to manage users")).toBeVisible();
});

test("a member sees senders' addresses that a reader does not", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Move linux-mptcp to [community]" }).click();
  await expect(page).toHaveURL(/\/proposals\/\d+$/);
  const proposal = page.url();
  const firstSender = page.locator("li[data-message-id] article header").first();
  await expect(firstSender).toBeVisible();
  await expect(firstSender).not.toContainText("@");

  await signInAs(page, "Dave Member");
  await page.goto(proposal);
  await expect(firstSender).toContainText(/<[\w.+-]+@[\w.-]+>/);
});

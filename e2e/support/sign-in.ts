import { expect, type Page } from "@playwright/test";

/** Signs in as a demo user through the development sign-in (QUORUM_DEV_SIGNIN=1). */
export async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name }).click();
  await expect(page.getByRole("banner").getByRole("link", { name })).toBeVisible();
}

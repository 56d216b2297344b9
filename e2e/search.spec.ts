// Search in the browser: a word finds its message, with the match highlighted, one click from
// the message in its thread.
import { expect, test } from "@playwright/test";

test("a reader finds a message by a word of it and opens it in its thread", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox", { name: "Words to find" }).fill('"zeppelin flag"');
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);

  const results = page.locator("[data-results] > li");
  await expect(results).toHaveCount(1);
  await expect(results.locator("mark").first()).toHaveText(/zeppelin/i);
  await results.getByRole("link").click();

  await expect(page).toHaveURL(/\/threads\/\d+#m-\d+$/);
  await expect(page.locator(`article${new URL(page.url()).hash}`)).toContainText(
    "The zeppelin flag stays off.",
  );
});

test("GET /api/search answers the same results as JSON with marked snippets", async ({
  request,
}) => {
  const response = await request.get(
    "/api/search?q=zeppelin&list=e2e-discussions%40lists.example.org",
  );
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.results.length).toBeGreaterThanOrEqual(1);
  expect(body.results[0].snippet).toMatch(/\[\[zeppelin\]\]/i);
});

// Discussions in the browser: replying with a quote and a preview, folding a subtree, the flat
// view and replies deeper than the indentation goes. The threads are lib/testing/e2e-fixtures.ts.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

async function openThread(page: Page, rootMessageId: string) {
  await page.goto(`/m/${encodeURIComponent(rootMessageId)}`);
  await expect(page).toHaveURL(/\/threads\/\d+/);
}

test("a member replies with a quote of the selected passage, previews it and posts it", async ({
  page,
}) => {
  await signInAs(page, "Dave Member");
  await openThread(page, "playground-1@e2e.example.org");
  await page.getByRole("link", { name: "Reply to Grace Packager", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Reply to Grace Packager" })).toBeVisible();

  // Select one sentence of the message answered, as a reader would with the mouse.
  await page.evaluate(() => {
    const source = document.getElementById("replied-message") as HTMLElement;
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf("The zeppelin flag stays off.") ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + "The zeppelin flag stays off.".length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
  });
  await page.getByRole("button", { name: "Quote" }).click();
  const body = page.getByRole("textbox", { name: /Message/ });
  await expect(body).toHaveValue(
    /^On Fri 1 Jan 2016 12:00 UTC, Grace Packager wrote:\n> The zeppelin flag stays off\.\s*$/,
  );
  await body.press("End");
  await body.pressSequentially("It **must** stay off.");

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.locator("[data-preview]");
  await expect(preview.locator("strong")).toHaveText("must");
  await expect(preview.locator("blockquote")).toHaveText(/The zeppelin flag stays off\./);

  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page).toHaveURL(/\/threads\/\d+#m-\d+$/);
  // The redirect after a server action is a client-side navigation, so :target may not apply.
  const posted = page.locator(`article${new URL(page.url()).hash}`);
  await expect(posted.locator("[data-author]")).toHaveText("Dave Member");
  await expect(posted.locator("blockquote")).toHaveText(/The zeppelin flag stays off\./);
  await expect(posted.locator("strong")).toHaveText("must");
});

test("reply with quote works without choosing a passage: the whole message is quoted", async ({
  page,
}) => {
  await signInAs(page, "Dave Member");
  await openThread(page, "playground-1@e2e.example.org");
  await page.getByRole("link", { name: "Reply to Heidi Builder with a quote" }).click();
  await expect(page.getByRole("textbox", { name: /Message/ })).toHaveValue(
    "On Sat 2 Jan 2016 12:00 UTC, Heidi Builder wrote:\n> Agreed, but not before the freeze ends.\n\n",
  );
});

test("a signed-out reader is asked to sign in to reply", async ({ page }) => {
  await openThread(page, "playground-1@e2e.example.org");
  await page.getByRole("link", { name: "Reply to Grace Packager", exact: true }).click();
  await expect(page.getByText("to reply.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Post reply" })).toHaveCount(0);
});

test("a subtree folds and unfolds, and deep replies say whom they answer", async ({ page }) => {
  await openThread(page, "deep-0@e2e.example.org");
  const deepest = page.locator('li[data-message-id="deep-11@e2e.example.org"] > article');
  await expect(deepest).toBeVisible();
  await expect(deepest.getByRole("link", { name: "in reply to Judy Deeper" })).toBeVisible();
  await expect(
    page.locator('li[data-message-id="deep-3@e2e.example.org"] > article').getByText(/in reply to/),
  ).toHaveCount(0);

  const fold = page.locator('li[data-message-id="deep-2@e2e.example.org"] > details > summary');
  await expect(fold).toHaveText("9 replies to Judy Deeper");
  await fold.click();
  await expect(deepest).toBeHidden();
  await expect(
    page.locator('li[data-message-id="deep-2@e2e.example.org"] > article'),
  ).toBeVisible();
  await fold.click();
  await expect(deepest).toBeVisible();
});

test("the flat view lists every message oldest first, one click away", async ({ page }) => {
  await openThread(page, "deep-0@e2e.example.org");
  await page.getByRole("link", { name: "Flat, oldest first" }).click();
  await expect(page).toHaveURL(/\?view=flat$/);
  const items = page.getByRole("list", { name: "Messages, oldest first" }).locator("> li");
  await expect(items).toHaveCount(12);
  await expect(items.nth(0)).toContainText("Point number 0 of the deep argument.");
  await expect(items.nth(11)).toContainText("Point number 11 of the deep argument.");
  await expect(items.nth(5).getByRole("link", { name: /^in reply to / })).toBeVisible();

  await page.getByRole("link", { name: "Threaded" }).click();
  await expect(page.locator("[data-thread-tree]")).toBeVisible();
});

// Reading a thread as a signed-in member: what arrived since the last visit is marked, and the
// keyboard moves through the thread (j/k next and previous, n next unread). Acts on the reading
// thread of lib/testing/e2e-fixtures.ts, which no other spec opens.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

const MARK = "new since your last visit";

async function replyTo(page: Page, threadUrl: string, author: string, body: string) {
  await page.goto(threadUrl);
  await page.getByRole("link", { name: `Reply to ${author}`, exact: true }).click();
  await page.getByRole("textbox", { name: /Message/ }).fill(body);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(page).toHaveURL(/\/threads\/\d+#m-\d+$/);
  await expect(page.locator("article[data-message]").filter({ hasText: body })).toBeVisible();
}

test("a member sees what arrived since their last visit and reaches it with n, j and k", async ({
  browser,
}) => {
  const dave = await (await browser.newContext()).newPage();
  await signInAs(dave, "Dave Member");
  await dave.goto("/m/reading-1%40e2e.example.org");
  await expect(dave).toHaveURL(/\/threads\/\d+/);
  const threadUrl = dave.url().split("#")[0] as string;
  const messages = dave.locator("article[data-message]");
  await expect(messages).toHaveCount(3);
  // A first visit marks nothing: everything would be "new", which says nothing.
  await expect(dave.getByText(MARK)).toHaveCount(0);
  // Leave, so that the open page does not take the replies below live (each live refresh is a
  // visit of its own).
  await dave.goto("/");

  const bob = await (await browser.newContext()).newPage();
  await signInAs(bob, "Bob Maintainer");
  await replyTo(bob, threadUrl, "Lena Second", "Lena is right about the data centre.");
  await replyTo(bob, threadUrl, "Mona Third", "Their admins did not answer.");
  // One's own replies are never news to oneself.
  await expect(bob.locator("article[data-message]")).toHaveCount(5);
  await expect(bob.getByText(MARK)).toHaveCount(0);

  await dave.goto(threadUrl);
  const message = (text: string) => messages.filter({ hasText: text });
  const first = message("Lena is right about the data centre.");
  const second = message("Their admins did not answer.");
  const between = message("Ask their admins first.");
  await expect(messages).toHaveCount(5);
  await expect(first.getByText(MARK)).toBeVisible();
  await expect(second.getByText(MARK)).toBeVisible();
  await expect(dave.getByText(MARK)).toHaveCount(2);

  // In thread order the two new replies have Mona's old message between them: n skips it.
  await dave.locator("h1").click();
  await dave.keyboard.press("n");
  await expect(first).toBeFocused();
  await dave.keyboard.press("n");
  await expect(second).toBeFocused();
  await dave.keyboard.press("k");
  await expect(between).toBeFocused();
  await dave.keyboard.press("j");
  await expect(second).toBeFocused();
  // Nothing unread after the last one: the focus stays where it is.
  await dave.keyboard.press("n");
  await expect(second).toBeFocused();
  await dave.keyboard.press("k");
  await dave.keyboard.press("k");
  await expect(first).toBeFocused();
  await dave.keyboard.press("k");
  await expect(message("Drop the two in the same data centre.")).toBeFocused();

  // The visit just made is the last one now: nothing is new any more.
  await dave.reload();
  await expect(messages).toHaveCount(5);
  await expect(dave.getByText(MARK)).toHaveCount(0);
  await dave.locator("h1").click();
  await dave.keyboard.press("n");
  await expect(dave.locator("article[data-message]:focus")).toHaveCount(0);
});

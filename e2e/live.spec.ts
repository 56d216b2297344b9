// Live updates: a reply posted in one browser appears in another that has the thread open,
// without a reload, through server-sent events fed by PostgreSQL LISTEN/NOTIFY.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";

test("a reply written in one browser appears live in a second", async ({ browser }) => {
  const writer = await (await browser.newContext()).newPage();
  const reader = await (await browser.newContext()).newPage();

  await reader.goto("/m/playground-1%40e2e.example.org");
  await expect(reader).toHaveURL(/\/threads\/\d+/);
  await reader.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  await signInAs(writer, "Carol Trusted");
  await writer.goto(reader.url());
  await writer.getByRole("link", { name: "Reply to Heidi Builder", exact: true }).click();
  const words = `Live from the other browser ${Date.now()}`;
  await writer.getByRole("textbox", { name: /Message/ }).fill(words);
  await writer.getByRole("button", { name: "Post reply" }).click();
  await expect(writer).toHaveURL(/#m-\d+$/);

  await expect(reader.getByText(words)).toBeVisible({ timeout: 10_000 });
  expect(
    await reader.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});

test("a reader who is not signed in gets the new reply on reloading, past the page cache", async ({
  browser,
}) => {
  // Thread pages for readers who are not signed in are served from memory (proxy.ts) while the
  // thread is unchanged: loading the page twice fills that cache, and the reply must still show.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto("/m/playground-1%40e2e.example.org");
  await reader.reload();
  const threadUrl = reader.url().replace(/#.*$/, "");

  const writer = await (await browser.newContext()).newPage();
  await signInAs(writer, "Carol Trusted");
  await writer.goto(threadUrl);
  await writer.getByRole("link", { name: "Reply to Heidi Builder", exact: true }).click();
  const words = `Seen after a reload ${Date.now()}`;
  await writer.getByRole("textbox", { name: /Message/ }).fill(words);
  await writer.getByRole("button", { name: "Post reply" }).click();
  await expect(writer).toHaveURL(/#m-\d+$/);

  await expect(reader.getByText(words)).toHaveCount(0);
  await reader.goto(threadUrl);
  await expect(reader.getByText(words)).toBeVisible();
});

test("a thread id too large for the database is a 404 for a reader who is not signed in", async ({
  request,
}) => {
  for (const id of ["9999999999", "0", "abc"]) {
    expect((await request.get(`/threads/${id}`)).status(), `/threads/${id}`).toBe(404);
  }
});

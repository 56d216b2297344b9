// Atom feeds: linked from the pages they follow, and escaping what they carry.
import { expect, test } from "@playwright/test";

test("a thread page links its feeds, which list its messages as escaped text", async ({
  page,
  request,
}) => {
  await page.goto("/m/xss-root%40e2e.example.org");
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  const hrefs = await link.evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  const threadFeed = hrefs.find((href) => href?.startsWith("/feeds/threads/"));
  expect(threadFeed).toBeTruthy();
  expect(hrefs).toContain("/feeds/proposals");

  const response = await request.get(threadFeed as string);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  expect(xml).toContain("<entry>");
  expect(xml).not.toMatch(/<!\[CDATA\[[^\]]*<script/i);

  for (const feed of hrefs.filter((href) => href?.startsWith("/feeds/"))) {
    expect((await request.get(feed as string)).status(), feed as string).toBe(200);
  }
});

import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { MPTCP_EXPECTED, MPTCP_MBOX } from "../lib/testing/shared-fixtures";

const expected = JSON.parse(readFileSync(MPTCP_EXPECTED, "utf8"));
const mbox = readFileSync(MPTCP_MBOX, "utf8");
const bare = (id: string) => id.replace(/^<|>$/g, "");

// Every address that appears in a From header of the fixture.
const senderAddresses = [...mbox.matchAll(/^From: .*?<?([\w.+-]+@[\w.-]+)>?\s*$/gm)].map(
  (m) => m[1] as string,
);

async function openProposal(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Move linux-mptcp to [community]" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Move linux-mptcp to [community]",
  );
}

function messageItem(page: Page, messageId: string): Locator {
  return page.locator(`li[data-message-id="${bare(messageId)}"]`);
}

test("the front page lists the linux-mptcp proposal with its counts", async ({ page }) => {
  await page.goto("/");
  const item = page.locator("li", {
    has: page.getByRole("link", { name: "Move linux-mptcp to [community]" }),
  });
  await expect(item).toContainText("discussion");
  await expect(item).toContainText("6 messages");
  await expect(item).toContainText("5 participants");
});

test("the proposal page shows six messages nested as in the thread", async ({ page }) => {
  await openProposal(page);
  await expect(
    page.getByText("Discussion: Bringing Multipath TCP kernel (linux-mptcp) to [community]"),
  ).toBeVisible();
  await expect(page.locator("li[data-message-id]")).toHaveCount(expected.messages);

  const walk = async (children: Record<string, object>, parent: string | null) => {
    for (const [id, grandchildren] of Object.entries(children)) {
      const item = messageItem(page, id);
      await expect(item).toHaveCount(1);
      if (parent) {
        // The reply's list item sits inside its parent's list item.
        await expect(
          messageItem(page, parent).locator(`li[data-message-id="${bare(id)}"]`),
        ).toHaveCount(1);
      } else {
        await expect(
          page.locator(`[data-thread-tree] > li[data-message-id="${bare(id)}"]`),
        ).toHaveCount(1);
      }
      await walk(grandchildren as Record<string, object>, id);
    }
  };
  await walk(expected.tree, null);

  for (const name of expected.participants) {
    await expect(page.locator("[data-participants]")).toContainText(name);
  }
  await expect(page.locator("[data-author]", { hasText: "Bartłomiej Piotrowski" })).toBeVisible();
});

test("quoted text is folded and unfolds on click", async ({ page }) => {
  await openProposal(page);
  const reply = messageItem(page, "<149678521200.mptcp-2@example.org>").locator("article").first();
  const quote = reply.locator("details[data-quote]").first();
  await expect(quote).not.toHaveAttribute("open", "");
  await expect(quote.getByText("is based", { exact: false })).toBeHidden();

  await quote.locator("summary").click();
  await expect(quote).toHaveAttribute("open", "");
  await expect(quote.getByText("is based", { exact: false })).toBeVisible();
});

test("a /m/ permalink lands on its message", async ({ page }) => {
  const id = "20170610224707.mptcp-4@example.org";
  await page.goto(`/m/${encodeURIComponent(id)}`);
  await expect(page).toHaveURL(/\/threads\/\d+#m-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`li[data-message-id="${id}"] > article`)).toHaveAttribute("id", anchor);
  await expect(page.locator(`article:target`)).toHaveCount(1);
});

test("no sender's address appears on the pages a reader sees", async ({ page }) => {
  expect(senderAddresses.length).toBeGreaterThanOrEqual(5);
  for (const path of ["/", "/proposals"]) {
    await page.goto(path);
    const html = await page.content();
    for (const address of senderAddresses) expect(html).not.toContain(address);
  }
  await openProposal(page);
  const html = await page.content();
  for (const address of senderAddresses) expect(html).not.toContain(address);
});

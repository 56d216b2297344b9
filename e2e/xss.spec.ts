// The XSS corpus (lib/testing/xss-corpus.ts), imported as mail and posted on the board, in
// bodies, subjects, display names and Message-IDs: every page that shows it must leave it inert.
// A payload that ran would open a dialog or set window.__xss; one that injected markup would
// leave an element or attribute that no message renders.
import { expect, type Page, test } from "@playwright/test";
import { XSS_PAYLOADS } from "../lib/testing/xss-corpus";

const XSS_THREAD_EVERY = 4;

async function expectInert(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");

  const found = await page.evaluate(() => {
    const main = document.querySelector("main") ?? document.body;
    const injected = main.querySelectorAll(
      "script, iframe, object, embed, svg, math, img, video, audio, style, link, meta, base, form[action^='javascript'], marquee, noscript",
    );
    const handlers: string[] = [];
    const badLinks: string[] = [];
    for (const element of main.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) handlers.push(`${element.tagName} ${attribute.name}`);
        if (
          ["href", "src", "action", "xlink:href", "formaction"].includes(attribute.name) &&
          /^\s*(javascript|vbscript|data):/i.test(attribute.value)
        )
          badLinks.push(`${element.tagName} ${attribute.value}`);
        if (attribute.name === "style" && /url\(/i.test(attribute.value))
          badLinks.push(`${element.tagName} style`);
      }
    }
    return {
      injected: [...injected].map((e) => e.outerHTML.slice(0, 80)),
      handlers,
      badLinks,
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      clobbered: document.getElementById("__xss") !== null,
    };
  });
  expect(found, url).toEqual({
    injected: [],
    handlers: [],
    badLinks: [],
    xss: null,
    clobbered: false,
  });
  expect(dialogs, url).toEqual([]);
}

test(`the ${XSS_PAYLOADS.length} payloads stay text in the thread, as mail and as posts`, async ({
  page,
}) => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  await page.goto("/m/xss-root%40e2e.example.org");
  await expect(page).toHaveURL(/\/threads\/\d+/);
  const thread = new URL(page.url()).pathname;

  await expectInert(page, thread);
  // The posted payload reads as the text typed, in the body and in its author's name.
  const typed = page.getByText("<script>window.__xss=1;alert(1)</script>", { exact: true });
  expect(await typed.count()).toBeGreaterThanOrEqual(2);
  await expectInert(page, `${thread}?view=flat`);
});

test("subjects, display names and Message-IDs stay text on every page that shows them", async ({
  page,
}) => {
  await expectInert(page, "/");
  // A payload that starts a thread is that thread's title on the front page.
  await expect(page.getByText(XSS_PAYLOADS[XSS_THREAD_EVERY] as string).first()).toBeVisible();
  for (let i = XSS_THREAD_EVERY; i < XSS_PAYLOADS.length; i += XSS_THREAD_EVERY * 3) {
    await expectInert(page, `/m/xss-${i}%40e2e.example.org`);
  }
  await expectInert(page, "/api/threads");
});

test("signed in, with addresses and reply links shown, the payloads stay inert", async ({
  page,
}) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Alice Admin" }).click();
  await page.goto("/m/xss-root%40e2e.example.org");
  const thread = new URL(page.url()).pathname;
  await expectInert(page, thread);
  const replyLink = page.getByRole("link", { name: /^Reply to .* with a quote$/ }).nth(3);
  await replyLink.click();
  await expectInert(page, page.url());
});

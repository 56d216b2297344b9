// The whole life of a proposal in the browser: a maintainer opens it, the discussion period
// passes, two trusted users vote (one changing her mind), voting ends, and the outcome and its
// chart appear. A member outside the electorate gets no ballot buttons.
import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in";
import { advanceClock, resetClock } from "./support/test-clock";

const DAY = 86_400_000;

test.afterAll(async () => {
  await resetClock();
});

test("a proposal is opened, voted on and decided", async ({ browser }) => {
  const bob = await (await browser.newContext()).newPage();
  await signInAs(bob, "Bob Maintainer");
  await bob.goto("/proposals/new");

  await bob.getByRole("button", { name: "Open the proposal" }).click();
  await expect(bob.locator("#title-error")).toHaveText("give the proposal a title");

  await bob.getByRole("textbox", { name: "Title" }).fill("Add python-quorum to [extra]");
  await bob.getByRole("combobox", { name: "Kind" }).selectOption("package_add");
  await bob.getByRole("textbox", { name: "Package" }).fill("python-quorum");
  await bob.getByRole("textbox", { name: "To repository" }).fill("extra");
  await bob
    .getByRole("textbox", { name: "Text" })
    .fill("It has three dependants in [extra] already.");
  await bob.getByRole("button", { name: "Open the proposal" }).click();

  await expect(bob).toHaveURL(/\/proposals\/\d+$/);
  const proposalUrl = bob.url();
  await expect(bob.getByRole("heading", { level: 1 })).toHaveText("Add python-quorum to [extra]");
  await expect(bob.locator("#vote")).toContainText("Voting opens");
  await expect(bob.getByRole("button", { name: "Vote yes" })).toHaveCount(0);

  await advanceClock(5 * DAY + 60_000);
  await bob.reload();
  // The electorate is whoever was a trusted user as voting opened (another spec may have revoked
  // Carol's role): read it, then hold the page to it.
  const apiUrl = `/api/proposals/${proposalUrl.split("/").at(-1)}`;
  const { proposal: opened } = await (await bob.request.get(apiUrl)).json();
  const electorate: number = opened.electorateSize;
  expect(electorate).toBeGreaterThanOrEqual(2);
  await expect(bob.locator("[data-participation]")).toContainText(
    `0 ballots of an electorate of ${electorate}`,
  );
  await bob.getByRole("button", { name: "Vote yes" }).click();
  await expect(bob.getByRole("status")).toHaveText('Your ballot "yes" was recorded.');
  await expect(bob.locator("[data-participation]")).toContainText(
    `1 ballot of an electorate of ${electorate}`,
  );
  // While voting runs, nobody sees the split.
  await expect(bob.locator("[data-results]")).toHaveCount(0);

  const alice = await (await browser.newContext()).newPage();
  await signInAs(alice, "Alice Admin");
  await alice.goto(proposalUrl);
  await alice.getByRole("button", { name: "Vote no" }).click();
  await alice.getByRole("button", { name: "Vote yes" }).click();
  await expect(alice.locator("[data-own-ballot]")).toHaveText("Your ballot: yes");

  const dave = await (await browser.newContext()).newPage();
  await signInAs(dave, "Dave Member");
  await dave.goto(proposalUrl);
  await expect(dave.getByRole("button", { name: "Vote yes" })).toHaveCount(0);

  await advanceClock(7 * DAY);
  await bob.reload();
  await expect(bob.locator("[data-outcome]")).toHaveText(
    "Accepted: more than half of the electorate voted yes",
  );
  await expect(bob.locator('[data-bar="yes"]')).toContainText("2");
  await expect(bob.locator('[data-bar="no"]')).toContainText("0");
  await expect(bob.getByRole("list", { name: "Voters" })).toContainText("Alice Admin: yes");
  await expect(bob.getByRole("list", { name: "Voters" })).toContainText("Bob Maintainer: yes");

  const { proposal } = await (await bob.request.get(apiUrl)).json();
  expect(proposal).toMatchObject({
    status: "accepted",
    electorateSize: electorate,
    tally: { yes: 2, no: 0, abstain: 0 },
  });
});

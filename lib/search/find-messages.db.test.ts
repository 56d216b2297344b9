// Search against the real database: stemming, phrases, prefixes, exclusions, filters,
// highlighted snippets, and hidden messages never found.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setMessageHidden } from "@/lib/discussions/set-message-hidden";
import { findMessages, MATCH_END, MATCH_START } from "@/lib/search/find-messages";
import { actorOf, replyAs, startBoardThread } from "@/lib/testing/discussions";
import { createSignedInUser } from "@/lib/testing/sessions";
import { ANONYMOUS } from "@/lib/threads/viewer";

describe("findMessages", () => {
  it("finds words by stem, phrases, prefixes and exclusions, with marked snippets", async () => {
    const word = `quux${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;
    const author = await createSignedInUser(["member"], "searcher");
    const { threadId, rootMessageId } = await startBoardThread(author, `Opening about ${word}.`);
    const a = await replyAs(
      author,
      threadId,
      rootMessageId,
      `We keep rebuilding the ${word} toolchain.`,
    );
    const b = await replyAs(author, threadId, rootMessageId, `The toolchain for ${word} is new.`);
    await replyAs(author, threadId, rootMessageId, `> rebuild ${word} toolchain\nOnly quoted it.`);

    const ids = async (q: string) =>
      (await findMessages(q, {}, ANONYMOUS)).hits.map((hit) => hit.id).sort();

    expect(await ids(`${word} rebuilds`)).toEqual([a.id]);
    expect(await ids(`"${word} toolchain"`)).toEqual([a.id]);
    expect(await ids(`${word.slice(0, 6)}* toolchain -rebuild`)).toEqual([b.id]);

    const [hit] = (await findMessages(`${word} rebuild`, {}, ANONYMOUS)).hits;
    expect(hit?.snippet).toContain(`${MATCH_START}rebuilding${MATCH_END}`);
  });

  it("filters by author, list and date, and never finds a hidden message", async () => {
    const word = `zork${randomUUID().slice(0, 6).replace(/\d/g, "y")}`;
    const author = await createSignedInUser(["member"], "zed");
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const { threadId, rootMessageId } = await startBoardThread(author, `First ${word}.`);
    const reply = await replyAs(admin, threadId, rootMessageId, `Second ${word}.`);

    expect((await findMessages(word, { author: "zed" }, ANONYMOUS)).hits).toHaveLength(1);
    expect((await findMessages(word, { list: "no-such@list" }, ANONYMOUS)).hits).toHaveLength(0);
    expect(
      (await findMessages(word, { from: new Date(Date.now() + 86_400_000) }, ANONYMOUS)).hits,
    ).toHaveLength(0);
    expect(
      (await findMessages(word, { proposalStatus: "discussion" }, ANONYMOUS)).hits,
    ).toHaveLength(2);

    await setMessageHidden(actorOf(admin), reply.id, true, "", new Date());
    const after = await findMessages(word, {}, ANONYMOUS);
    expect(after.hits.map((hit) => hit.id)).not.toContain(reply.id);
  });

  it("answers an empty page for a query with nothing searchable", async () => {
    expect((await findMessages("'\"*!", {}, ANONYMOUS)).hits).toEqual([]);
  });
});

// GET /feeds/lists/<address> — Atom feed of a list's new threads, newest first.
import { db } from "@/lib/db/client";
import { atomFeed, FEED_SIZE } from "@/lib/feeds/atom-feed";
import { handle, notFound } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

export const GET = handle(
  async (request: Request, context: { params: Promise<{ address: string }> }) => {
    const origin = new URL(request.url).origin;
    const address = decodeURIComponent((await context.params).address);
    const list = await db().mailingList.findUnique({
      where: { address },
      select: {
        name: true,
        threads: {
          orderBy: [{ startedAt: "desc" }, { id: "desc" }],
          take: FEED_SIZE,
          select: { id: true, subject: true, startedAt: true, messageCount: true },
        },
      },
    });
    if (!list) throw notFound(`list ${address}`);

    return atomFeed({
      id: `${origin}/feeds/lists/${encodeURIComponent(address)}`,
      title: `Quorum: new threads on ${list.name}`,
      link: `${origin}/`,
      self: `${origin}/feeds/lists/${encodeURIComponent(address)}`,
      entries: list.threads.map((thread) => ({
        id: `${origin}/threads/${thread.id}`,
        title: thread.subject,
        link: `${origin}/threads/${thread.id}`,
        date: thread.startedAt,
        summary: `${thread.messageCount} ${thread.messageCount === 1 ? "message" : "messages"} so far.`,
      })),
    });
  },
);

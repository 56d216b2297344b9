// GET /feeds/threads/<id> — Atom feed of one thread's new messages, newest first, as a reader
// who is not signed in sees them (names only, hidden messages left out).
import { atomFeed, FEED_SIZE } from "@/lib/feeds/atom-feed";
import { handle } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { getThread } from "@/lib/threads/get-thread";
import { messageAnchor } from "@/lib/threads/locate-message";
import { ANONYMOUS } from "@/lib/threads/viewer";

export const dynamic = "force-dynamic";

export const GET = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const origin = new URL(request.url).origin;
    const id = parseParam(idSchema, (await context.params).id, "id");
    const thread = await getThread(id, ANONYMOUS);
    const newest = thread.messages
      .filter((message) => message.hidden === "no")
      .sort((a, b) => b.date.getTime() - a.date.getTime())
      .slice(0, FEED_SIZE);

    return atomFeed({
      id: `${origin}/threads/${id}`,
      title: `Quorum: ${thread.subject}`,
      link: `${origin}/threads/${id}`,
      self: `${origin}/feeds/threads/${id}`,
      entries: newest.map((message) => ({
        id: `${origin}/m/${encodeURIComponent(message.messageId)}`,
        title: message.subject,
        link: `${origin}/threads/${id}#${messageAnchor(message.id)}`,
        date: message.date,
        authorName: message.author.name,
        summary: message.text,
      })),
    });
  },
);

// Atom feeds, written by the `feed` package. It marks titles and summaries as HTML, which feed
// readers then parse, so everything passed to it is escaped here first: a subject like
// "<script>" reaches a reader as the text it is.
import { Feed } from "feed";

/** What a feed reader needs to show something new: the most recent fifty, like a mail client. */
export const FEED_SIZE = 50;

/** A summary is a preview; the link leads to the whole message. */
const SUMMARY_LENGTH = 600;

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  date: Date;
  authorName?: string;
  /** Plain text. */
  summary: string;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function atomFeed(input: {
  id: string;
  title: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own address. */
  self: string;
  entries: FeedEntry[];
}): Response {
  const feed = new Feed({
    id: input.id,
    title: input.title,
    link: input.link,
    feedLinks: { atom: input.self },
    updated: input.entries[0]?.date ?? new Date(0),
    generator: "Quorum",
  });
  for (const entry of input.entries) {
    const summary =
      entry.summary.length > SUMMARY_LENGTH
        ? `${entry.summary.slice(0, SUMMARY_LENGTH)}…`
        : entry.summary;
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.date,
      author: entry.authorName ? [{ name: entry.authorName }] : undefined,
      description: `<pre>${escapeHtml(summary)}</pre>`,
    });
  }
  return new Response(feed.atom1(), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}

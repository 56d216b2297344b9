// The <link rel="alternate" type="application/atom+xml"> of each page, as Next.js metadata.
import type { Metadata } from "next";

export function feedAlternates(feeds: { url: string; title: string }[]): Metadata["alternates"] {
  return { types: { "application/atom+xml": feeds } };
}

export const PROPOSALS_FEED = { url: "/feeds/proposals", title: "New proposals" };

export function threadFeeds(thread: {
  id: number;
  subject: string;
  list: { address: string; name: string };
}) {
  // A page's alternates replace the layout's, so the proposals feed is named again here.
  return [
    PROPOSALS_FEED,
    { url: `/feeds/threads/${thread.id}`, title: `New messages in ${thread.subject}` },
    {
      url: `/feeds/lists/${encodeURIComponent(thread.list.address)}`,
      title: `New threads on ${thread.list.name}`,
    },
  ];
}

// GET /feeds/proposals — Atom feed of new proposals, newest first.
import { atomFeed, FEED_SIZE } from "@/lib/feeds/atom-feed";
import { handle } from "@/lib/http/errors";
import { findProposals } from "@/lib/proposals/find-proposals";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const origin = new URL(request.url).origin;
  const proposals = (await findProposals({})).slice(0, FEED_SIZE);
  return atomFeed({
    id: `${origin}/proposals`,
    title: "Quorum: new proposals",
    link: `${origin}/proposals`,
    self: `${origin}/feeds/proposals`,
    entries: proposals.map((proposal) => ({
      id: `${origin}/proposals/${proposal.id}`,
      title: proposal.title,
      link: `${origin}/proposals/${proposal.id}`,
      date: proposal.createdAt,
      summary: `A ${proposal.kind.replace(/_/g, " ")} proposal, now ${proposal.status.replace(/_/g, " ")}.`,
    })),
  });
});

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalHeader } from "@/components/ProposalHeader";
import { layoutOf, ThreadSection } from "@/components/ThreadSection";
import { WithdrawForm } from "@/components/VoteForm";
import { VotePanel } from "@/components/VotePanel";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { now } from "@/lib/clock";
import { recordThreadVisit } from "@/lib/discussions/record-visit";
import { AppError } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";
import { getProposal } from "@/lib/proposals/get-proposal";
import { getThread } from "@/lib/threads/get-thread";
import { voteAction, withdrawAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string }>;
};

async function load(rawId: string) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    const actor = await getSessionActorOrNull();
    const proposal = await getProposal(id.data, { userId: actor?.userId ?? null }, await now());
    const thread = await getThread(proposal.threadId, viewerOf(actor));
    return { actor, proposal, thread };
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = idSchema.safeParse((await params).id);
  return { title: id.success ? `Proposal ${id.data}` : "Proposal not found" };
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const loaded = await load((await params).id);
  if (!loaded) notFound();
  const { actor, proposal, thread } = loaded;
  const { view } = await searchParams;
  const at = await now();
  const canWithdraw =
    actor?.userId === proposal.proposerId &&
    (proposal.phase === "discussion" || proposal.phase === "voting");

  return (
    <article>
      <ProposalHeader proposal={proposal} />
      <VotePanel proposal={proposal} actor={actor} vote={voteAction.bind(null, proposal.id)} />
      {canWithdraw && <WithdrawForm action={withdrawAction.bind(null, proposal.id)} />}
      <h2 className="mb-3 mt-8 text-lg font-semibold">Discussion: {thread.subject}</h2>
      <ThreadSection
        thread={thread}
        actor={actor}
        at={at}
        lastVisitAt={actor ? await recordThreadVisit(actor.userId, thread.id) : null}
        path={`/proposals/${proposal.id}`}
        layout={layoutOf(view)}
      />
    </article>
  );
}

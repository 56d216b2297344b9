import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProposalHeader } from "@/components/ProposalHeader";
import { ThreadSection } from "@/components/ThreadSection";
import { AppError } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";
import { getProposal } from "@/lib/proposals/get-proposal";
import { getThread } from "@/lib/threads/get-thread";
import { ANONYMOUS } from "@/lib/threads/viewer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    const proposal = await getProposal(id.data);
    return { proposal, thread: await getThread(proposal.threadId, ANONYMOUS) };
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  return { title: loaded?.proposal.title ?? "Proposal not found" };
}

export default async function ProposalPage({ params }: Props) {
  const loaded = await load((await params).id);
  if (!loaded) notFound();

  return (
    <article>
      <ProposalHeader proposal={loaded.proposal} />
      <h2 className="mb-3 mt-8 text-lg font-semibold">Discussion: {loaded.thread.subject}</h2>
      <ThreadSection thread={loaded.thread} />
    </article>
  );
}

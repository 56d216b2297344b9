import { NotAllowed } from "@/components/NotAllowed";
import { ProposalForm } from "@/components/ProposalForm";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { openProposalAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Open a proposal" };

export default async function NewProposalPage({
  searchParams,
}: {
  searchParams: Promise<{ thread?: string }>;
}) {
  const actor = await getSessionActorOrNull();
  const threadId = Number((await searchParams).thread) || undefined;

  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Open a proposal</h1>
      {threadId && <p className="mb-4 text-sm">Its discussion will be thread {threadId}.</p>}
      {!actor ? (
        <SignInPrompt to="open a proposal" next="/proposals/new" />
      ) : !can(actor, "openProposal") ? (
        <NotAllowed action="openProposal" />
      ) : (
        <ProposalForm action={openProposalAction} threadId={threadId} />
      )}
    </section>
  );
}

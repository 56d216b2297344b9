import Link from "next/link";
import { KIND_LABEL } from "@/components/ProposalHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { findProposals, proposalFilterSchema } from "@/lib/proposals/find-proposals";

export const dynamic = "force-dynamic";

export const metadata = { title: "Proposals" };

export default async function ProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const parsed = proposalFilterSchema.safeParse(await searchParams);
  const proposals = await findProposals(parsed.success ? parsed.data : {});

  return (
    <section>
      <h1 className="mb-4 text-2xl font-semibold">Proposals</h1>
      {proposals.length === 0 ? (
        <p className="text-slate-600">No proposals match.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="flex flex-wrap items-center gap-2 py-3">
              <StatusBadge status={proposal.status} />
              <Link href={`/proposals/${proposal.id}`} className="font-medium hover:underline">
                {proposal.title}
              </Link>
              <span className="text-sm text-slate-500">{KIND_LABEL[proposal.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

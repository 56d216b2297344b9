import { LocalTime } from "@/components/LocalTime";
import { StatusBadge } from "@/components/StatusBadge";
import type { getProposal } from "@/lib/proposals/get-proposal";

export const KIND_LABEL: Record<string, string> = {
  package_add: "Add a package",
  package_move: "Move a package",
  package_drop: "Drop a package",
  trusted_user_add: "Add a trusted user",
  trusted_user_remove: "Remove a trusted user",
  policy: "Policy change",
  bylaws: "Bylaws change",
};

type Proposal = Awaited<ReturnType<typeof getProposal>>;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="w-40 shrink-0 text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProposalHeader({ proposal }: { proposal: Proposal }) {
  return (
    <header className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={proposal.status} />
        <h1 className="text-2xl font-semibold">{proposal.title}</h1>
      </div>
      {proposal.body && <p className="mt-3 whitespace-pre-wrap">{proposal.body}</p>}
      <dl className="mt-4 space-y-1 text-sm" aria-label="Proposal details">
        <Row label="Kind">{KIND_LABEL[proposal.kind] ?? proposal.kind}</Row>
        {proposal.packageName && <Row label="Package">{proposal.packageName}</Row>}
        {(proposal.fromRepo || proposal.toRepo) && (
          <Row label="Repositories">
            {proposal.fromRepo ?? "—"} → {proposal.toRepo ?? "—"}
          </Row>
        )}
        {proposal.proposer && <Row label="Proposed by">{proposal.proposer}</Row>}
        <Row label="Opened">
          <LocalTime iso={proposal.createdAt.toISOString()} />
        </Row>
        {proposal.votingStartsAt && (
          <Row label="Voting opens">
            <LocalTime iso={proposal.votingStartsAt.toISOString()} />
          </Row>
        )}
        {proposal.votingEndsAt && (
          <Row label="Voting closes">
            <LocalTime iso={proposal.votingEndsAt.toISOString()} />
          </Row>
        )}
      </dl>
    </header>
  );
}

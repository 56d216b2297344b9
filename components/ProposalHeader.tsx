import { LocalTime } from "@/components/LocalTime";
import { KIND_LABEL } from "@/components/proposal-kinds";
import { StatusBadge, statusLabel } from "@/components/StatusBadge";
import type { getProposal } from "@/lib/proposals/get-proposal";

type Proposal = Awaited<ReturnType<typeof getProposal>>;

const DAY_MS = 86_400_000;

function days(ms: number): string {
  const count = ms / DAY_MS;
  return `${Number.isInteger(count) ? count : count.toFixed(1)} ${count === 1 ? "day" : "days"}`;
}

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
        {proposal.subjectUser && <Row label="About">{proposal.subjectUser}</Row>}
        <Row label="Rules">
          discussion {days(proposal.rules.discussionMs)}, voting {days(proposal.rules.votingMs)},
          quorum {proposal.rules.quorumPercent}% of the electorate
          {proposal.rules.publicWhileRunning ? ", ballots public while voting" : ""}
        </Row>
      </dl>
      <ol
        className="mt-4 flex flex-wrap gap-x-6 gap-y-1 text-sm"
        aria-label="Timeline"
        data-timeline
      >
        {proposal.timeline.map((entry) => (
          <li
            key={`${entry.status}-${entry.at.toISOString()}`}
            className={entry.reached ? "" : "text-slate-400"}
          >
            <span className="font-medium">{statusLabel(entry.status)}</span>{" "}
            <LocalTime iso={entry.at.toISOString()} />
          </li>
        ))}
      </ol>
    </header>
  );
}

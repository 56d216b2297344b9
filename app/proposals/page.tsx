import Link from "next/link";
import { KIND_LABEL } from "@/components/proposal-kinds";
import { StatusBadge, statusLabel } from "@/components/StatusBadge";
import { ProposalKind, ProposalStatus } from "@/lib/generated/prisma/enums";
import { findProposals, proposalFilterSchema } from "@/lib/proposals/find-proposals";

export const dynamic = "force-dynamic";

export const metadata = { title: "Proposals" };

const SELECT =
  "rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900";

export default async function ProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const raw = await searchParams;
  // An empty select means "any": drop it before validating.
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value));
  const parsed = proposalFilterSchema.safeParse(given);
  const filter = parsed.success ? parsed.data : {};
  const proposals = await findProposals(filter);

  return (
    <section>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Proposals</h1>
        <Link
          href="/proposals/new"
          className="text-sm font-medium text-blue-700 underline dark:text-blue-400"
        >
          Open a proposal
        </Link>
      </div>
      <form className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Filter proposals">
        <label>
          Status{" "}
          <select name="status" defaultValue={filter.status ?? ""} className={SELECT}>
            <option value="">any</option>
            {Object.values(ProposalStatus).map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind{" "}
          <select name="kind" defaultValue={filter.kind ?? ""} className={SELECT}>
            <option value="">any</option>
            {Object.values(ProposalKind).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABEL[kind]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Package <input name="package" defaultValue={filter.package ?? ""} className={SELECT} />
        </label>
        <button
          type="submit"
          className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700"
        >
          Filter
        </button>
      </form>
      {!parsed.success && (
        <p className="mb-2 text-sm text-red-700">
          That filter is not valid; showing every proposal.
        </p>
      )}
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
              {proposal.packageName && (
                <span className="text-sm text-slate-500">· {proposal.packageName}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

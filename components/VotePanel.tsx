import { LocalTime } from "@/components/LocalTime";
import { SignInPrompt } from "@/components/SignInPrompt";
import { VoteForm } from "@/components/VoteForm";
import type { Actor } from "@/lib/auth/policy";
import type { ActionState } from "@/lib/http/action-state";
import type { getProposal } from "@/lib/proposals/get-proposal";

type Proposal = Awaited<ReturnType<typeof getProposal>>;

const CHOICES = ["yes", "no", "abstain"] as const;

const BAR_COLOUR: Record<(typeof CHOICES)[number], string> = {
  yes: "bg-green-600",
  no: "bg-red-600",
  abstain: "bg-slate-400",
};

const OUTCOME_LABEL: Record<string, string> = {
  accepted: "Accepted",
  rejected: "Rejected",
  no_quorum: "No quorum",
};

export function VotePanel({
  proposal,
  actor,
  vote,
}: {
  proposal: Proposal;
  actor: Actor | null;
  vote: (state: ActionState<string>, form: FormData) => Promise<ActionState<string>>;
}) {
  const { phase } = proposal;
  const view = proposal.vote;

  return (
    <section
      id="vote"
      aria-labelledby="vote-heading"
      className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id="vote-heading" className="text-lg font-semibold">
        Vote
      </h2>

      {phase === "discussion" && proposal.votingStartsAt && (
        <p className="mt-2 text-sm">
          Voting opens <LocalTime iso={proposal.votingStartsAt.toISOString()} />.
        </p>
      )}
      {phase === "withdrawn" && (
        <p className="mt-2 text-sm">The proposer withdrew this proposal.</p>
      )}

      {(phase === "voting" || phase === "closed") && (
        <p className="mt-2 text-sm" data-participation>
          {view.ballots} {view.ballots === 1 ? "ballot" : "ballots"} of an electorate of{" "}
          {view.electorate ?? 0}
          {view.quorumBallots !== null && (
            <>
              {" "}
              · quorum needs {view.quorumBallots} ({proposal.rules.quorumPercent}%)
            </>
          )}
        </p>
      )}

      {phase === "voting" && (
        <>
          {view.tally === null && (
            <p className="mt-1 text-xs text-slate-500">
              The split and the voters stay hidden until voting closes{" "}
              {proposal.votingEndsAt && <LocalTime iso={proposal.votingEndsAt.toISOString()} />}.
            </p>
          )}
          {view.ownBallot && (
            <p className="mt-2 text-sm" data-own-ballot>
              Your ballot: <strong>{view.ownBallot.choice}</strong>
            </p>
          )}
          {!actor && <SignInPrompt to="vote" next={`/proposals/${proposal.id}`} />}
          {actor && !view.canVote && (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              Only the trusted users of the moment voting opened may vote on this proposal.
            </p>
          )}
          {actor && view.canVote && <VoteForm action={vote} />}
        </>
      )}

      {view.tally && <Results proposal={proposal} />}
    </section>
  );
}

function Results({ proposal }: { proposal: Proposal }) {
  const { tally, voters, decision } = proposal.vote;
  if (!tally) return null;
  const total = Math.max(1, tally.yes + tally.no + tally.abstain);

  return (
    <div className="mt-4" data-results>
      {decision && (
        <p className="text-base font-semibold" data-outcome>
          {OUTCOME_LABEL[decision.outcome] ?? decision.outcome}: {decision.reason}
        </p>
      )}
      <figure className="mt-3" aria-label="Ballots by choice">
        {CHOICES.map((choice) => (
          <div key={choice} className="mb-1 flex items-center gap-2 text-sm" data-bar={choice}>
            <span className="w-16">{choice}</span>
            <span className="h-4 rounded bg-slate-100 dark:bg-slate-800" style={{ width: "16rem" }}>
              <span
                className={`block h-4 rounded ${BAR_COLOUR[choice]}`}
                style={{ width: `${(tally[choice] / total) * 100}%` }}
              />
            </span>
            <span className="tabular-nums">{tally[choice]}</span>
          </div>
        ))}
      </figure>
      {voters && voters.length > 0 && (
        <ul className="mt-3 text-sm" aria-label="Voters">
          {voters.map((voter) => (
            <li key={voter.name}>
              {voter.name}: {voter.choice}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

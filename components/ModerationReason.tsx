import { MAX_REASON_LENGTH } from "@/lib/discussions/limits";

/** The reason a moderator recorded, after the notice of what they did; nothing when none was. */
export function ModerationReason({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <>
      {" "}
      Reason: <span data-moderation-reason>{reason}</span>
    </>
  );
}

/**
 * The reason a moderation button sends, checked by the browser before the form posts (so it
 * works without JavaScript) and by moderationInputSchema on the server.
 */
export function ReasonField({ label }: { label: string }) {
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{label}</span>
      <input
        type="text"
        name="reason"
        required
        maxLength={MAX_REASON_LENGTH}
        // Not only spaces: the server trims them and would refuse what is left.
        pattern=".*\S.*"
        title={`Say why, in at most ${MAX_REASON_LENGTH} characters`}
        placeholder="Reason (required)"
        className="w-44 rounded border border-slate-300 px-1.5 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
      />
    </label>
  );
}

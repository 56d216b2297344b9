import { MATCH_END, MATCH_START } from "@/lib/search/find-messages";

/** A search snippet with its matches in <mark>; the text is React text, never parsed as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${MATCH_START}|${MATCH_END}`));
  return (
    <p className="mt-1 whitespace-pre-line text-sm text-slate-700 dark:text-slate-300" data-snippet>
      {parts.map((part, i) =>
        // Odd parts are the ones between a start and an end mark.
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </p>
  );
}

import { Linkified } from "@/components/Linkified";
import { splitBody } from "@/lib/mail/body";

/**
 * A mail body as its author laid it out, with quoted passages folded behind a native
 * <details> control (it opens without JavaScript) and the signature de-emphasised.
 */
export function MessageBody({ text }: { text: string }) {
  const segments = splitBody(text);
  return (
    <div className="mail-text text-sm leading-relaxed">
      {segments.map((segment, i) => {
        const key = `${i}-${segment.kind}`;
        if (segment.kind === "quote") {
          const lines = segment.text.split("\n").length;
          return (
            <details key={key} className="my-1 text-slate-600 dark:text-slate-400" data-quote>
              <summary className="cursor-pointer select-none font-sans text-xs text-blue-700 dark:text-blue-400">
                show quoted text ({lines} {lines === 1 ? "line" : "lines"})
              </summary>
              <div className="border-l-2 border-slate-300 pl-3 dark:border-slate-700">
                <Linkified text={segment.text} />
              </div>
            </details>
          );
        }
        if (segment.kind === "signature") {
          return (
            <div
              key={key}
              className="mt-2 text-xs text-slate-500 dark:text-slate-500"
              data-signature
            >
              <Linkified text={segment.text} />
            </div>
          );
        }
        return <Linkified key={key} text={segment.text} />;
      })}
    </div>
  );
}

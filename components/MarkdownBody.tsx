import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { markdownToHast } from "@/lib/markdown/markdown";

/**
 * A message written on the board: its Markdown, sanitised on the server (lib/markdown) and
 * turned into React elements, never into an HTML string, so nothing is parsed as HTML twice.
 */
export function MarkdownBody({ text }: { text: string }) {
  return (
    <div className="markdown-body text-sm leading-relaxed" data-markdown>
      {toJsxRuntime(markdownToHast(text), { Fragment, jsx, jsxs })}
    </div>
  );
}

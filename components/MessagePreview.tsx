import { MarkdownBody } from "@/components/MarkdownBody";

/** A body as the thread will show it, rendered on the server by the same code. */
export function MessagePreview({ body }: { body: string }) {
  return (
    <section
      aria-labelledby="preview-heading"
      className="rounded-md border border-dashed border-slate-300 p-3 dark:border-slate-700"
      data-preview
    >
      <h2 id="preview-heading" className="mb-2 text-sm font-semibold">
        Preview
      </h2>
      <MarkdownBody text={body} />
    </section>
  );
}

"use client";

import { useActionState, useRef, useState } from "react";
import { MAX_BODY_LENGTH } from "@/lib/discussions/limits";
import { quoteMessage } from "@/lib/discussions/quote";

export interface ComposerState {
  error?: string;
  body?: string;
}

export interface QuoteSource {
  authorName: string;
  dateIso: string;
  text: string;
  /** The id of the element that shows the message, where a reader may select a passage. */
  elementId: string;
}

/**
 * The form for writing a message: a plain form that posts to a server action, so that it works
 * without JavaScript. "Preview" submits the same fields by GET to the page itself, which renders
 * them on the server exactly as the thread will. With JavaScript, "Quote" inserts the passage
 * selected in the message answered (or all of it) at the cursor.
 */
export function MessageComposer({
  action,
  hidden,
  initialBody,
  previewPath,
  submitLabel,
  quote,
}: {
  action: (state: ComposerState, form: FormData) => Promise<ComposerState>;
  hidden: Record<string, string>;
  initialBody: string;
  previewPath: string;
  submitLabel: string;
  quote?: QuoteSource;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const [body, setBody] = useState(state.body ?? initialBody);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const selected = useRef("");

  function rememberSelection() {
    const selection = window.getSelection();
    const source = quote && document.getElementById(quote.elementId);
    const inSource = selection && source?.contains(selection.anchorNode);
    selected.current = inSource ? selection.toString() : "";
  }

  function insertQuote() {
    if (!quote) return;
    const quoted = quoteMessage(
      { authorName: quote.authorName, date: new Date(quote.dateIso), text: quote.text },
      selected.current,
    );
    const at = textarea.current?.selectionStart ?? body.length;
    setBody(body.slice(0, at) + quoted + body.slice(at));
    textarea.current?.focus();
  }

  return (
    <form action={formAction} className="space-y-3" aria-label="Write a message">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.error && (
        <p
          role="alert"
          className="rounded bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-200"
        >
          {state.error}
        </p>
      )}
      <label className="block text-sm font-medium" htmlFor="composer-body">
        Message (Markdown; at most {MAX_BODY_LENGTH.toLocaleString("en")} characters)
      </label>
      <textarea
        id="composer-body"
        ref={textarea}
        name="body"
        required
        rows={12}
        maxLength={MAX_BODY_LENGTH}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-sm dark:border-slate-700 dark:bg-slate-900"
      />
      <div className="flex flex-wrap gap-2">
        {quote && (
          <button
            type="button"
            onMouseDown={rememberSelection}
            onClick={insertQuote}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
          >
            Quote
          </button>
        )}
        <button
          type="submit"
          formAction={previewPath}
          formMethod="get"
          name="preview"
          value="1"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-700"
        >
          Preview
        </button>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
        >
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

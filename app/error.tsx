"use client";

import Link from "next/link";

/**
 * What a page shows when rendering it or a form's action failed. In production Next.js passes
 * no message, only a digest that the server log carries too, so the reader gets that to quote
 * and a way on; a form refused for its input keeps its own message on the form where it can.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="py-12 text-center" role="alert">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The board could not do that.
        {error.digest && (
          <>
            {" "}
            If it keeps happening, quote <code>{error.digest}</code> to an admin.
          </>
        )}
      </p>
      <p className="mt-4 flex justify-center gap-4">
        <button type="button" onClick={reset} className="underline">
          Try again
        </button>
        <Link href="/" className="underline">
          Back to the board
        </Link>
      </p>
    </div>
  );
}

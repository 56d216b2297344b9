"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** Several changes in quick succession (a burst of ballots) become one refresh. */
const REFRESH_DEBOUNCE_MS = 300;

/**
 * Keeps a thread or proposal page current: when the server says the thread changed, the page
 * renders itself again on the server (new replies, the ballot count) without a reload, keeping
 * the reader's place. Without JavaScript nothing happens and the page is as it was loaded.
 */
export function LiveUpdates({ threadId }: { threadId: number }) {
  const router = useRouter();
  const [updates, setUpdates] = useState(0);

  useEffect(() => {
    const source = new EventSource(`/api/threads/${threadId}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    source.addEventListener("changed", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        router.refresh();
        setUpdates((n) => n + 1);
      }, REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [threadId, router]);

  return (
    <p aria-live="polite" className="sr-only" data-live-updates={updates}>
      {updates > 0 ? "The discussion was updated." : ""}
    </p>
  );
}

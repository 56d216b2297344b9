"use client";

import { useEffect } from "react";

/** Keys that move between messages, as in mail readers: j/k next and previous, n next unread. */
export const THREAD_KEYS = { next: "j", previous: "k", nextUnread: "n" } as const;

/**
 * Keyboard navigation through a thread: focus moves from message to message (each article is
 * focusable with tabindex -1, so Tab order stays the page's links and buttons). Keys typed in
 * a field or with a modifier are left alone.
 */
export function ThreadKeyboard() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      const step =
        event.key === THREAD_KEYS.next || event.key === THREAD_KEYS.nextUnread
          ? 1
          : event.key === THREAD_KEYS.previous
            ? -1
            : 0;
      if (step === 0) return;

      // Only messages that are shown: a folded subtree is skipped, as the eye skips it.
      const messages = [...document.querySelectorAll<HTMLElement>("article[data-message]")].filter(
        (m) => m.offsetParent !== null,
      );
      const current = messages.indexOf(
        document.activeElement?.closest("article[data-message]") as HTMLElement,
      );
      const wanted = (m: HTMLElement) =>
        event.key !== THREAD_KEYS.nextUnread || m.dataset.unread === "true";
      for (let i = current + step; i >= 0 && i < messages.length; i += step) {
        const message = messages[i] as HTMLElement;
        if (!wanted(message)) continue;
        event.preventDefault();
        message.focus();
        message.scrollIntoView({ block: "start" });
        return;
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <p className="text-xs text-slate-500">
      Keys: <kbd>{THREAD_KEYS.next}</kbd> next message, <kbd>{THREAD_KEYS.previous}</kbd> previous,{" "}
      <kbd>{THREAD_KEYS.nextUnread}</kbd> next unread.
    </p>
  );
}

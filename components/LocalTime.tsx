"use client";

import { useEffect, useState } from "react";

const UTC_FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "long",
  timeZone: "UTC",
});

/**
 * A date in the reader's own time zone, with the exact UTC instant on hover or focus. The server
 * renders UTC (it does not know the reader's zone); the browser swaps in local time, so the page
 * still reads correctly with JavaScript off.
 */
export function LocalTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const utc = UTC_FORMAT.format(date);
  const [local, setLocal] = useState<string | null>(null);

  useEffect(() => {
    const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
    setLocal(format.format(new Date(iso)));
  }, [iso]);

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that keyboard users can reveal the exact UTC instant, as hovering does
    <time dateTime={iso} title={utc} tabIndex={0} className="group relative cursor-help">
      {local ?? utc}
      <span
        role="tooltip"
        className="pointer-events-none absolute left-0 top-full z-10 mt-1 hidden whitespace-nowrap rounded bg-slate-800 px-2 py-1 text-xs text-white group-hover:block group-focus:block"
      >
        {iso.replace(".000Z", "Z")}
      </span>
    </time>
  );
}

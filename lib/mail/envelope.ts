import { instantFromParts, monthIndex, zoneOffsetMinutes } from "./date-parts";

// The "From " line that starts each message of an mbox carries the envelope sender and the
// time the message was delivered, written the way C's asctime() writes it:
//   From foo@example.org Tue Jun  6 20:58:01 2017
// Pipermail archives hide the "@" as " at ", and some writers put a zone before the year:
//   From foo at example.org  Tue Jun  6 20:58:01 2017
//   From foo@example.org Tue Jun 06 20:58:01 +0000 2017
// Requiring the date is what tells a real envelope from a body line such as
// "From what I see, ..." that an mboxo writer forgot to escape.
const ENVELOPE_PATTERN = new RegExp(
  [
    "^\\S+(?: at \\S+)?",
    "\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
    "\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
    "\\s+(\\d{1,2})",
    "\\s+(\\d{1,2}):(\\d\\d)(?::(\\d\\d))?",
    "(?:\\s+([A-Za-z]{1,5}|[+-]\\d{4}))?",
    "\\s+(\\d{4})(?!\\d)",
  ].join(""),
  "i",
);

/** Whether the text after "From " looks like a real envelope: a sender, then a date. */
export function isEnvelope(envelope: string): boolean {
  return ENVELOPE_PATTERN.test(envelope);
}

/**
 * The delivery time in an envelope, or null when it has none. An envelope without a zone is
 * read as UTC: mbox writers (Mailman, Pipermail, mail servers' archivers) normally write it
 * in UTC, and nothing in the line says otherwise.
 */
export function envelopeDate(envelope: string): Date | null {
  const match = ENVELOPE_PATTERN.exec(envelope);
  if (!match) return null;

  const [, month = "", day, hours, minutes, seconds, zone, year] = match;
  const offsetMinutes = zone === undefined ? 0 : zoneOffsetMinutes(zone);
  if (offsetMinutes === null) return null;

  return instantFromParts({
    year: Number(year),
    month: monthIndex(month),
    day: Number(day),
    hours: Number(hours),
    minutes: Number(minutes),
    seconds: Number(seconds ?? 0),
    offsetMinutes,
  });
}

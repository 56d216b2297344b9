import { instantFromParts, monthIndex, zoneOffsetMinutes } from "./date-parts";

// RFC 5322 section 3.3 with the obsolete forms of section 4.3, which archives are full of:
//   Tue, 6 Jun 2017 22:58:01 +0200
//   Wed, 7 Jun 2017 08:55:15 -1000 (HST)
//   Mon, 4 Jan 10 10:00:00 EST        (two-digit year, zone name)
//   6 Jun 2017 22:58 GMT              (no weekday, no seconds)
const DATE_PATTERN = new RegExp(
  [
    "^(?:[a-z]+\\s*,?\\s*)?",
    "(\\d{1,2})\\s*[\\s-]\\s*([a-z]{3,})\\s*[\\s-]\\s*(\\d{2,4})",
    "\\s+(\\d{1,2})\\s*:\\s*(\\d\\d)(?:\\s*:\\s*(\\d\\d))?",
    "(?:\\s*([+-]\\d{4}|[a-z]+))?",
  ].join(""),
  "i",
);
const COMMENT = /\([^()]*\)/g;

// RFC 5322 section 4.3: a two-digit year below 50 is in the 2000s, other two- and
// three-digit years count from 1900.
const TWO_DIGIT_YEAR_PIVOT = 50;

// RFC 5322 section 3.3: "-0000" says the time is UTC but the sender's zone is unknown.
const UNKNOWN_ZONE = "-0000";

export interface HeaderDate {
  date: Date;
  /** the sender's offset from UTC in minutes, null when the header does not say */
  utcOffsetMinutes: number | null;
}

/**
 * Reads a Date (or Resent-Date) field. A zone that is missing or unknown is taken as UTC,
 * as RFC 5322 asks, and reported as an unknown offset. Returns null when the value is not
 * a date at all.
 */
export function parseDateHeader(value: string | undefined): HeaderDate | null {
  if (value === undefined) return null;
  const match = DATE_PATTERN.exec(withoutComments(value).trim());
  if (!match) return null;

  const [, day, month = "", year = "", hours, minutes, seconds, zone] = match;
  const zoneOffset = zone === undefined ? null : zoneOffsetMinutes(zone);
  const utcOffsetMinutes = zone === UNKNOWN_ZONE ? null : zoneOffset;

  const date = instantFromParts({
    year: fullYear(year),
    month: monthIndex(month),
    day: Number(day),
    hours: Number(hours),
    minutes: Number(minutes),
    seconds: Number(seconds ?? 0),
    offsetMinutes: zoneOffset ?? 0,
  });
  return date === null ? null : { date, utcOffsetMinutes };
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 2 && year < TWO_DIGIT_YEAR_PIVOT) return 2000 + year;
  if (digits.length <= 3) return 1900 + year;
  return year;
}

/** Removes (possibly nested) comments such as "(EST)" or "(UTC)". */
function withoutComments(value: string): string {
  let current = value;
  for (;;) {
    const stripped = current.replace(COMMENT, " ");
    if (stripped === current) return current;
    current = stripped;
  }
}

// Shared by the two date formats mail carries: the RFC 5322 Date header and the asctime()
// date of an mbox envelope line.

const MINUTES_PER_HOUR = 60;
const MILLIS_PER_MINUTE = 60_000;
// Mail written during a leap second says ":60", and that is a real time, not an error.
const LEAP_SECOND = 60;

const MONTH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

// Time zone names that RFC 5322 still asks readers to understand (section 4.3, "obs-zone"),
// mapped to their offset from UTC in minutes. Old mail clients and some MTAs wrote these
// instead of numeric offsets, and mailing-list archives keep decades of such mail.
const ZONE_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5 * MINUTES_PER_HOUR,
  EDT: -4 * MINUTES_PER_HOUR,
  CST: -6 * MINUTES_PER_HOUR,
  CDT: -5 * MINUTES_PER_HOUR,
  MST: -7 * MINUTES_PER_HOUR,
  MDT: -6 * MINUTES_PER_HOUR,
  PST: -8 * MINUTES_PER_HOUR,
  PDT: -7 * MINUTES_PER_HOUR,
};

/**
 * The offset in minutes of a numeric zone ("+0200", "-1000") or an obsolete zone name
 * ("EST"), or null when the zone is unknown. RFC 5322 says military single-letter zones
 * other than "Z" were so often written with the wrong sign that they carry no information,
 * so they are unknown here too.
 */
export function zoneOffsetMinutes(zone: string): number | null {
  const numeric = /^([+-])(\d\d)(\d\d)$/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes] = numeric;
    if (Number(minutes) >= MINUTES_PER_HOUR) return null;
    const magnitude = Number(hours) * MINUTES_PER_HOUR + Number(minutes);
    return sign === "-" ? -magnitude : magnitude;
  }
  return ZONE_OFFSET_MINUTES[zone.toUpperCase()] ?? null;
}

/** The month number (0–11) of an English month name or its abbreviation, or -1. */
export function monthIndex(name: string): number {
  return MONTH_ABBREVIATIONS.indexOf(name.slice(0, 3).toLowerCase());
}

export interface DateParts {
  year: number;
  /** 0–11, as Date.UTC counts them */
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** the writer's offset from UTC; the wall-clock fields above are in that zone */
  offsetMinutes: number;
}

// Date.UTC reads the years 0 to 99 as 1900 to 1999, and PostgreSQL has no year 0: a Date field
// dated outside these years was not written by a working clock.
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * The UTC instant of a wall-clock time, or null when a field is out of range. Date.UTC
 * quietly rolls 31 February over into March; a date that does not exist is treated as
 * unreadable instead, so that the caller falls back to a better source.
 */
export function instantFromParts(parts: DateParts): Date | null {
  const { year, month, day, hours, minutes, seconds } = parts;
  const inRange =
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 0 &&
    month <= 11 &&
    hours <= 23 &&
    minutes < MINUTES_PER_HOUR &&
    seconds <= LEAP_SECOND &&
    day >= 1;
  if (!inRange) return null;

  const calendarDay = new Date(Date.UTC(year, month, day));
  if (calendarDay.getUTCMonth() !== month) return null;

  const wallClock = Date.UTC(year, month, day, hours, minutes, seconds);
  return new Date(wallClock - parts.offsetMinutes * MILLIS_PER_MINUTE);
}

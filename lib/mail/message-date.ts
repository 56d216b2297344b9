import { envelopeDate } from "./envelope";
import { type HeaderBlock, headerValue } from "./headers";
import { parseDateHeader } from "./rfc5322-date";

export interface MessageDate {
  date: Date | null;
  utcOffsetMinutes: number | null;
  /** where the date came from, so that a date not written by the sender can be shown as such */
  dateSource: "date" | "resent-date" | "envelope" | "none";
}

/**
 * When a message was sent: its Date field, else its Resent-Date field, else the delivery
 * time in its mbox envelope line, else nothing (never the time of the import, which would
 * make an archive's order depend on when it was imported). The envelope has no sender's zone.
 */
export function messageDate(headers: HeaderBlock, envelope: string | undefined): MessageDate {
  const header = parseDateHeader(headerValue(headers, "date"));
  if (header !== null) return { ...header, dateSource: "date" };

  const resent = parseDateHeader(headerValue(headers, "resent-date"));
  if (resent !== null) return { ...resent, dateSource: "resent-date" };

  const delivered = envelope === undefined ? null : envelopeDate(envelope);
  if (delivered !== null)
    return { date: delivered, utcOffsetMinutes: null, dateSource: "envelope" };

  return { date: null, utcOffsetMinutes: null, dateSource: "none" };
}

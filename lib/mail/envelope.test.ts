import { describe, expect, it } from "vitest";
import { envelopeDate, isEnvelope } from "./envelope";

describe("isEnvelope", () => {
  it.each([
    "foo@example.org Tue Jun  6 20:58:01 2017",
    "foo at example.org  Tue Jun  6 20:58:01 2017",
    "MAILER-DAEMON Fri Jul  8 12:08:34 2011",
    "foo@example.org Tue Jun 06 20:58:01 +0000 2017",
    "- Tue Jun 06 20:58:01 2017",
    "foo@example.org Tue Jun  6 20:58 2017",
  ])("accepts %j", (envelope) => {
    expect(isEnvelope(envelope)).toBe(true);
  });

  it.each([
    "what I see, this is fine",
    "the archive: Tue Jun  6 20:58:01 2017",
    "foo@example.org",
    "foo@example.org Tue Jun  6 2017",
    "foo@example.org Tue Jun  6 20:58:01 17",
  ])("rejects %j", (envelope) => {
    expect(isEnvelope(envelope)).toBe(false);
  });
});

describe("envelopeDate", () => {
  it("reads an envelope without a zone as UTC", () => {
    expect(envelopeDate("foo@example.org Tue Jun  6 20:58:01 2017")?.toISOString()).toBe(
      "2017-06-06T20:58:01.000Z",
    );
  });

  it("applies a zone written before the year", () => {
    expect(envelopeDate("foo@example.org Tue Jun  6 20:58:01 +0200 2017")?.toISOString()).toBe(
      "2017-06-06T18:58:01.000Z",
    );
  });

  it("returns null for a date that does not exist or a line that is no envelope", () => {
    expect(envelopeDate("foo@example.org Tue Feb 30 20:58:01 2017")).toBeNull();
    expect(envelopeDate("what I see")).toBeNull();
  });
});

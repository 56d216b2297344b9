import { describe, expect, it } from "vitest";
import { parseDateHeader } from "./rfc5322-date";

function read(value: string) {
  const parsed = parseDateHeader(value);
  return parsed && { utc: parsed.date.toISOString(), offset: parsed.utcOffsetMinutes };
}

describe("parseDateHeader", () => {
  it.each([
    ["Tue, 6 Jun 2017 22:58:01 +0200", "2017-06-06T20:58:01.000Z", 120],
    ["Wed, 7 Jun 2017 08:55:15 -1000", "2017-06-07T18:55:15.000Z", -600],
    ["Fri, 1 Jan 2010 09:20:34 +0530", "2010-01-01T03:50:34.000Z", 330],
    ["Mon, 04 Jan 2010 10:00:00 -0500 (EST)", "2010-01-04T15:00:00.000Z", -300],
    ["Mon, 4 Jan 2010 10:00:00 EST", "2010-01-04T15:00:00.000Z", -300],
    ["Mon, 4 Jan 2010 10:00:00 PDT", "2010-01-04T17:00:00.000Z", -420],
    ["Mon, 4 Jan 2010 10:00:00 GMT", "2010-01-04T10:00:00.000Z", 0],
    ["Mon, 4 Jan 2010 10:00:00 UT", "2010-01-04T10:00:00.000Z", 0],
    ["4 Jan 2010 10:00:00 Z", "2010-01-04T10:00:00.000Z", 0],
    ["Mon, 4 Jan 2010 10:00 +0000", "2010-01-04T10:00:00.000Z", 0],
    ["Mon 4 January 2010 10:00:00 +0100", "2010-01-04T09:00:00.000Z", 60],
  ])("reads %j", (value, utc, offset) => {
    expect(read(value)).toEqual({ utc, offset });
  });

  it("reads two-digit years as RFC 5322 says: below 50 in the 2000s, else the 1900s", () => {
    expect(read("Mon, 4 Jan 10 10:00:00 +0000")?.utc).toBe("2010-01-04T10:00:00.000Z");
    expect(read("Sun, 4 Jan 98 10:00:00 +0000")?.utc).toBe("1998-01-04T10:00:00.000Z");
    expect(read("Sun, 4 Jan 103 10:00:00 +0000")?.utc).toBe("2003-01-04T10:00:00.000Z");
  });

  it("takes a missing, unknown or -0000 zone as UTC with an unknown offset", () => {
    const unknown = { utc: "2010-01-04T10:00:00.000Z", offset: null };
    expect(read("Mon, 4 Jan 2010 10:00:00")).toEqual(unknown);
    expect(read("Mon, 4 Jan 2010 10:00:00 CET")).toEqual(unknown);
    expect(read("Mon, 4 Jan 2010 10:00:00 -0000")).toEqual(unknown);
  });

  it("returns null for values that are not dates", () => {
    expect(parseDateHeader(undefined)).toBeNull();
    expect(parseDateHeader("")).toBeNull();
    expect(parseDateHeader("yesterday")).toBeNull();
    expect(parseDateHeader("Mon, 31 Feb 2010 10:00:00 +0000")).toBeNull();
    expect(parseDateHeader("Mon, 4 Foo 2010 10:00:00 +0000")).toBeNull();
    expect(parseDateHeader("Mon, 4 Jan 2010 25:00:00 +0000")).toBeNull();
  });

  it("returns null for a year no working clock wrote, rather than moving it to 1900", () => {
    expect(parseDateHeader("Tue, 6 Jun 0000 20:58:01 +0000")).toBeNull();
    expect(parseDateHeader("Tue, 6 Jun 0999 20:58:01 +0000")).toBeNull();
    expect(parseDateHeader("Tue, 6 Jun 10000 20:58:01 +0000")).toBeNull();
  });
});

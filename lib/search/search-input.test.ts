import { describe, expect, it } from "vitest";
import { filtersOf, searchInputSchema } from "@/lib/search/search-input";

describe("the search form's dates", () => {
  it("reads from and to as whole days, to included", () => {
    const input = searchInputSchema.parse({ q: "keyring", from: "2010-01-04", to: "2010-01-05" });
    expect(filtersOf(input)).toMatchObject({
      from: new Date("2010-01-04T00:00:00Z"),
      to: new Date("2010-01-06T00:00:00Z"),
    });
  });

  it("refuses the year 0, which PostgreSQL cannot hold, instead of failing in the database", () => {
    const result = searchInputSchema.safeParse({ q: "keyring", from: "0000-01-01" });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["from"],
      message: "must be a date in the years 1 to 9999",
    });
  });
});

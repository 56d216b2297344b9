import { describe, expect, it } from "vitest";
import { splitBody } from "./body";

describe("splitBody", () => {
  it("separates own text, quotes and the signature", () => {
    const text = [
      "Hi,",
      "",
      "On Wed, Jun 07, 2017, Gaetan Bisson wrote:",
      "> first quoted",
      ">> nested",
      "  > indented quote",
      "",
      "My answer.",
      "-- ",
      "Baptiste",
      "> not a quote any more",
    ].join("\n");

    expect(splitBody(text)).toEqual([
      { kind: "text", text: "Hi,\n\nOn Wed, Jun 07, 2017, Gaetan Bisson wrote:" },
      { kind: "quote", text: "> first quoted\n>> nested\n  > indented quote" },
      { kind: "text", text: "\nMy answer." },
      { kind: "signature", text: "-- \nBaptiste\n> not a quote any more" },
    ]);
  });

  it("accepts a signature delimiter whose trailing space was stripped", () => {
    expect(splitBody("text\n--\nsig").map((segment) => segment.kind)).toEqual([
      "text",
      "signature",
    ]);
  });

  it("does not take a quoted delimiter or a longer dash line for a signature", () => {
    expect(splitBody("> -- \n> sig\n---\nmore").map((segment) => segment.kind)).toEqual([
      "quote",
      "text",
    ]);
  });

  it("gives the body back when the segments are joined", () => {
    const text = "> a\n\nb\n> c\n-- \nd";
    expect(
      splitBody(text)
        .map((segment) => segment.text)
        .join("\n"),
    ).toBe(text);
  });

  it("returns no segments for an empty body", () => {
    expect(splitBody("")).toEqual([]);
  });
});

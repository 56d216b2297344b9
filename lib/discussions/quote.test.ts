import { describe, expect, it } from "vitest";
import { attributionLine, quoteMessage } from "@/lib/discussions/quote";

const message = {
  authorName: "Jane Doe",
  date: new Date("2017-06-13T09:12:45Z"),
  text: "First line.\n\n> earlier words\nLast line.\n",
};

describe("quoteMessage", () => {
  it("quotes the whole message under an attribution line in UTC", () => {
    expect(quoteMessage(message)).toBe(
      "On Tue 13 Jun 2017 09:12 UTC, Jane Doe wrote:\n" +
        "> First line.\n>\n>> earlier words\n> Last line.\n\n",
    );
  });

  it("quotes only the selection when there is one", () => {
    expect(quoteMessage(message, "Last line.")).toBe(
      "On Tue 13 Jun 2017 09:12 UTC, Jane Doe wrote:\n> Last line.\n\n",
    );
  });

  it("treats a blank selection as none, and CRLF as LF", () => {
    expect(quoteMessage({ ...message, text: "a\r\nb" }, "  \n")).toBe(
      `${attributionLine("Jane Doe", message.date)}\n> a\n> b\n\n`,
    );
  });
});

import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { messagePath, parseMessagePath } from "./message-path";

const ODD_IDS = [
  "plain@example.org",
  "a/b/c@example.org",
  "../../etc/passwd@example.org",
  '"quoted"@example.org',
  '"onmouseover=alert(1)"&amp;@example.org',
  "100%&more?#frag@example.org",
  "raw@example.org",
];

describe("messagePath and parseMessagePath", () => {
  it.each(ODD_IDS)("round-trips %j in every view", (id) => {
    expect(parseMessagePath(new URL(messagePath(id), "http://board").pathname)).toEqual({
      messageId: id,
      view: "thread",
    });
    expect(
      parseMessagePath(new URL(messagePath(id, { raw: true }), "http://board").pathname),
    ).toEqual({
      messageId: id,
      view: "raw",
    });
    expect(
      parseMessagePath(new URL(messagePath(id, { attachment: 2 }), "http://board").pathname),
    ).toEqual({ messageId: id, view: "attachment", index: 2 });
  });

  it("keeps a path safe: one segment, nothing for the URL parser to resolve", () => {
    const path = messagePath("../../x/..@example.org");
    expect(path).toBe("/m/..%2F..%2Fx%2F..%40example.org");
    expect(new URL(path, "http://board").pathname).toBe(path);
  });

  it("still reads an old link with the id's slashes unencoded", () => {
    expect(parseMessagePath("/m/a/b@example.org")).toEqual({
      messageId: "a/b@example.org",
      view: "thread",
    });
  });

  it("accepts an id written with its angle brackets", () => {
    expect(parseMessagePath("/m/%3Cid%40example.org%3E/raw")).toEqual({
      messageId: "id@example.org",
      view: "raw",
    });
  });

  it("refuses a link that is not validly encoded or names no id", () => {
    expect(() => parseMessagePath("/m/%E0%A4%A/raw")).toThrow(AppError);
    expect(() => parseMessagePath("/m/")).toThrow("the link names no Message-ID");
  });

  it.each(["-1", "abc", "1.0", "%2e%2e"])(
    "refuses attachment number %j instead of reading it as part of the id",
    (number) => {
      expect(() => parseMessagePath(`/m/a%40example.org/attachments/${number}`)).toThrow(
        "an attachment's number must be a whole number from 0",
      );
    },
  );
});

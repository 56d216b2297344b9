import { describe, expect, it } from "vitest";
import { localPath } from "@/lib/http/local-path";

describe("localPath", () => {
  it("keeps a path on this board", () => {
    expect(localPath("/proposals/3?tab=vote#m-4")).toBe("/proposals/3?tab=vote#m-4");
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "evil.example",
    "",
  ])("drops %j", (value) => {
    expect(localPath(value)).toBe("/");
  });

  it("drops anything that is not a string", () => {
    expect(localPath(undefined)).toBe("/");
    expect(localPath(["/x"])).toBe("/");
  });
});

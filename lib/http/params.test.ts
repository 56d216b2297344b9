import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { idSchema, pageSchema, parseParam } from "@/lib/http/params";

describe("idSchema", () => {
  it("reads plain decimal ids", () => {
    expect(parseParam(idSchema, "42", "id")).toBe(42);
    expect(parseParam(idSchema, 42, "id")).toBe(42);
  });

  it.each(["0x1", "1e3", " 7", "-3", "0", "abc", "2147483648", ""])(
    "refuses %j, naming the parameter",
    (value) => {
      expect(() => parseParam(idSchema, value, "id")).toThrow(AppError);
      try {
        parseParam(idSchema, value, "id");
      } catch (error) {
        expect((error as AppError).message).toMatch(/^id must be /);
      }
    },
  );
});

describe("pageSchema", () => {
  it("defaults to the first page", () => {
    expect(pageSchema.parse(undefined)).toBe(1);
    expect(pageSchema.parse("")).toBe(1);
    expect(pageSchema.parse("3")).toBe(3);
  });

  it("says what a page must be", () => {
    expect(() => parseParam(pageSchema, "0x10", "page")).toThrow(
      "page must be a whole number from 1 to 100000",
    );
  });
});

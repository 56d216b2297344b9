import { describe, expect, it } from "vitest";
import { MAX_QUERY_TERMS, parseSearchQuery } from "@/lib/search/parse-query";

const tsquery = (q: string) => parseSearchQuery(q).tsquery;

describe("parseSearchQuery", () => {
  it("ANDs words, lower-cased and quoted", () => {
    expect(tsquery("Zeppelin  toolchain")).toBe("'zeppelin' & 'toolchain'");
  });

  it("turns quoted phrases into adjacency and foo* into a prefix", () => {
    expect(tsquery('"new toolchain" rebuil*')).toBe("('new' <-> 'toolchain') & 'rebuil':*");
    expect(tsquery('"unterminated phrase')).toBe("('unterminated' <-> 'phrase')");
  });

  it("excludes words with a leading minus, but never searches on exclusions alone", () => {
    expect(tsquery("mptcp -gnome")).toBe("'mptcp' & !'gnome'");
    expect(tsquery("-gnome")).toBeNull();
  });

  it("keeps a word with punctuation inside as adjacent parts", () => {
    expect(tsquery("x86_64")).toBe("('x86' <-> '64')");
  });

  it("leaves nothing of tsquery syntax or SQL that could break or escape the query", () => {
    for (const hostile of [
      "'",
      "a' | 'b",
      "!!",
      "&|<->",
      "):*(",
      "\\'; DROP TABLE message; --",
      "*",
    ]) {
      const result = tsquery(hostile);
      if (result !== null)
        expect(result).toMatch(/^(!?\(?'[\p{L}\p{N}]+'(:\*)?( <-> '[\p{L}\p{N}]+')*\)?( & )?)+$/u);
    }
    expect(tsquery("a' | 'b")).toBe("'a' & 'b'");
    expect(tsquery('"\'" ! *')).toBeNull();
  });

  it("handles any script and ignores terms past the limit", () => {
    expect(tsquery("Grüße façade")).toBe("'grüße' & 'façade'");
    const many = Array.from({ length: MAX_QUERY_TERMS + 5 }, (_, i) => `w${i}`).join(" ");
    expect(parseSearchQuery(many).words).toHaveLength(MAX_QUERY_TERMS);
  });
});

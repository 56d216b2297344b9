import { describe, expect, it } from "vitest";
import { type CachedPage, PageCache } from "./page-cache";

function page(signature: string, bytes: number): CachedPage {
  return { signature, status: 200, headers: [], body: new Uint8Array(bytes) };
}

describe("PageCache", () => {
  it("serves a page only under the signature it was stored with", () => {
    const cache = new PageCache({ maxBytes: 100, maxEntryBytes: 100 });
    cache.set("/threads/1", page("v1", 10));
    expect(cache.get("/threads/1", "v1")?.body.byteLength).toBe(10);
    expect(cache.get("/threads/1", "v2")).toBeUndefined();
    expect(cache.get("/threads/2", "v1")).toBeUndefined();
  });

  it("keeps within its byte budget by dropping the page used longest ago", () => {
    const cache = new PageCache({ maxBytes: 30, maxEntryBytes: 30 });
    cache.set("/a", page("a", 10));
    cache.set("/b", page("b", 10));
    cache.set("/c", page("c", 10));
    expect(cache.get("/a", "a")).toBeDefined();
    cache.set("/d", page("d", 10));
    expect([cache.get("/a", "a"), cache.get("/b", "b"), cache.get("/d", "d")].map(Boolean)).toEqual(
      [true, false, true],
    );
    expect(cache.bytes).toBe(30);
  });

  it("does not keep a page larger than one entry may be, nor an older copy of it", () => {
    const cache = new PageCache({ maxBytes: 100, maxEntryBytes: 20 });
    cache.set("/big", page("v1", 10));
    cache.set("/big", page("v2", 50));
    expect([cache.get("/big", "v1"), cache.get("/big", "v2"), cache.bytes]).toEqual([
      undefined,
      undefined,
      0,
    ]);
  });
});

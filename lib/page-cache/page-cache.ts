// Rendered pages kept in this process's memory, each under the signature of what it showed
// (thread-signature.ts). Only a cache: any instance renders any page, and an entry is served
// only while the database still gives the signature it was rendered under, so instances never
// need to tell each other anything.

export interface CachedPage {
  signature: string;
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
}

export class PageCache {
  readonly #maxBytes: number;
  readonly #maxEntryBytes: number;
  // A Map keeps insertion order: re-inserting on every hit makes the first key the least
  // recently used.
  readonly #pages = new Map<string, CachedPage>();
  #bytes = 0;

  constructor(limits: { maxBytes: number; maxEntryBytes: number }) {
    this.#maxBytes = limits.maxBytes;
    this.#maxEntryBytes = limits.maxEntryBytes;
  }

  /** The page stored under `key` if it was rendered under `signature`. */
  get(key: string, signature: string): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (page === undefined || page.signature !== signature) return undefined;
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.#remove(key);
    if (page.body.byteLength > this.#maxEntryBytes) return;
    this.#pages.set(key, page);
    this.#bytes += page.body.byteLength;
    for (const oldest of this.#pages.keys()) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#remove(oldest);
    }
  }

  get bytes(): number {
    return this.#bytes;
  }

  #remove(key: string): void {
    const page = this.#pages.get(key);
    if (page === undefined) return;
    this.#pages.delete(key);
    this.#bytes -= page.body.byteLength;
  }
}

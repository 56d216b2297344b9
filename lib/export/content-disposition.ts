// Headers for handing stored mail to a browser. Names and types come from the mail itself,
// written by anyone, so nothing of them reaches a header unchecked: a file name with quotes,
// line breaks, path separators or "..", or a type such as text/html, must neither break the
// header nor make the browser show the content as part of the board.

// RFC 6266: an ASCII fallback for old clients, and the exact name in RFC 5987 encoding.
const UNSAFE_FALLBACK = /[^A-Za-z0-9._ -]+/g;
// Bidirectional controls too: "invoice\u202Etxt.exe" would show as "invoiceexe.txt".
const CONTROL_OR_SEPARATOR = /[\p{Cc}\p{Bidi_Control}/\\]+/gu;
// File systems allow 255 bytes; browsers cut names longer than this anyway.
const MAX_NAME_LENGTH = 150;
const TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

export function contentDisposition(
  kind: "attachment" | "inline",
  name: string | null,
  fallbackName: string,
): string {
  const clean = (name ?? "")
    .replace(CONTROL_OR_SEPARATOR, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  const exact = (clean || fallbackName).slice(0, MAX_NAME_LENGTH);
  const ascii = exact.replace(UNSAFE_FALLBACK, "_").replace(/^[._ ]+/, "") || fallbackName;
  const encoded = encodeURIComponent(exact).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A declared type when it is a plain type/subtype, else application/octet-stream. */
export function safeContentType(declared: string): string {
  const type = declared.trim().toLowerCase();
  return TYPE.test(type) ? type : "application/octet-stream";
}

/** Headers that keep a browser from sniffing, rendering or scripting stored content. */
export const UNTRUSTED_CONTENT_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; sandbox",
  "Cache-Control": "private, no-store",
} as const;

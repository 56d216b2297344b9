// Browsers drop tabs and line breaks from URLs, so "/\t/evil.example" is "//evil.example" to
// them; reading the path the way a browser would, and keeping it only when it stays on this
// origin, closes every such trick at once.
const BASE = "http://board.invalid";

/**
 * A path on this board to go to after signing in, or "/". Anything else (another site, a
 * protocol-relative "//host", one hidden behind control characters) is dropped, so that a link
 * cannot send someone elsewhere.
 */
export function localPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

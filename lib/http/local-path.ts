/**
 * A path on this board to go to after signing in, or "/". Anything else (another site, a
 * protocol-relative "//host") is dropped, so that a link cannot send someone elsewhere.
 */
export function localPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return "/";
  if (value.includes("\\")) return "/";
  return value;
}

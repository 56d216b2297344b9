// Whether a request was made by a page of this board rather than by another site the browser
// happens to be showing. A cookie goes with every request to the board, whoever starts it, so
// a write that relies on the cookie must prove where it came from.
import { authEnv } from "@/lib/auth/env";

export function isSameOrigin(request: Request): boolean {
  // Every current browser sends Sec-Fetch-Site; Origin is the fallback for older ones.
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";

  const origin = request.headers.get("origin");
  return origin !== null && origin === (authEnv().url?.origin ?? new URL(request.url).origin);
}

export function isMutating(method: string): boolean {
  return !["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

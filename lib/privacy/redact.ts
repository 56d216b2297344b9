// Readers who are not signed in never see a full email address: not in a sender line, not in
// a quoted "John <john@example.org> wrote:" inside a body.

const ADDRESS = /([A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** "jane@example.org" → "jane@…" */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, "$1@…");
}

/** What a reader sees when a sender has no display name. */
export function fallbackName(address: string): string {
  return address.split("@")[0] || "unknown sender";
}

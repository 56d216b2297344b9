// Readers who are not signed in never see a full email address: not in a sender line, not in
// a quoted "John <john@example.org> wrote:" inside a body, not in a subject.

// Anything shaped like local@domain, where the domain may be international, a bare host name
// ("root@localhost") or an address literal ("admin@[10.0.0.1]"): when in doubt, hide it.
const ADDRESS = /([\p{L}\p{N}._%+-]+)@(?:\[[^\]\s]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)/gu;

/** "jane@example.org" → "jane@…" */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, "$1@…");
}

/** What a reader sees when a sender has no display name. */
export function fallbackName(address: string): string {
  return address.split("@")[0] || "unknown sender";
}

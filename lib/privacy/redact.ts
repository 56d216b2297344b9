// Readers who are not signed in never see a full email address: not in a sender line, not in
// a quoted "John <john@example.org> wrote:" inside a body, not in a subject.

// Anything shaped like local@domain, where the domain may be international, a bare host name
// ("root@localhost") or an address literal ("admin@[10.0.0.1]"): when in doubt, hide it. Only the
// domain is replaced, so the pattern starts at the "@" and looks back for the local part: a
// pattern that starts with the local part tries every letter of a body, and pages of a thousand
// messages spent more time there than anywhere else.
const ADDRESS_DOMAIN =
  /(?<=[\p{L}\p{N}._%+-])@(?:\[[^\]\s]+\]|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)/gu;

/** "jane@example.org" → "jane@…" */
export function redactAddresses(text: string): string {
  return text.includes("@") ? text.replace(ADDRESS_DOMAIN, "@…") : text;
}

/** What a reader sees when a sender has no display name. */
export function fallbackName(address: string): string {
  return address.split("@")[0] || "unknown sender";
}

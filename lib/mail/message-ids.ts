// Message-IDs as they appear in Message-ID, In-Reply-To and References. Only the part
// between angle brackets is the id: mail clients put text around it, for example
//   In-Reply-To: Message from X of "Tue, 6 Jun 2017" <id@example.org>
// and an address in that text must not be mistaken for an id.

const BRACKETED_ID = /<([^<>\s]+)>/g;
const SEPARATORS = /[\s,]+/;

/** The ids between angle brackets, in the order written. */
export function messageIdsIn(value: string | undefined): string[] {
  if (value === undefined) return [];
  return Array.from(value.matchAll(BRACKETED_ID), (match) => match[1] ?? "");
}

/**
 * The ids of a References field, oldest first. A few old clients wrote them without angle
 * brackets; such a field is read as a list of tokens that look like ids (hold an "@").
 */
export function referencedIds(value: string | undefined): string[] {
  const bracketed = messageIdsIn(value);
  if (bracketed.length > 0 || value === undefined) return bracketed;
  return value.split(SEPARATORS).filter((token) => token.includes("@"));
}

/** A message's own id, without angle brackets, or null when it has none. */
export function ownMessageId(value: string | undefined): string | null {
  const [bracketed] = messageIdsIn(value);
  if (bracketed !== undefined) return bracketed;

  const bare = value?.trim().split(SEPARATORS)[0];
  return bare ? bare : null;
}

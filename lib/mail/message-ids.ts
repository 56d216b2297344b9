// Message-IDs as they appear in Message-ID, In-Reply-To and References. Only the part
// between angle brackets is the id: mail clients put text around it, for example
//   In-Reply-To: Message from X of "Tue, 6 Jun 2017" <id@example.org>
// and an address in that text must not be mistaken for an id.

// A local part may be a quoted string, spaces and all (RFC 5322 section 3.6.4 allows
// <"john doe"@example.org>); anything else inside the brackets is one unbroken token. An id
// whose closing ">" was lost (a header cut short, a client's typo) still counts when it holds
// an "@", as every real Message-ID does; "<3" in some text around it does not.
const BRACKETED_ID = /<((?:"[^"\r\n]*"|[^<>\s])+)(>)?/g;
const SEPARATORS = /[\s,]+/;

/** The ids between angle brackets, in the order written. */
export function messageIdsIn(value: string | undefined): string[] {
  if (value === undefined) return [];
  const ids: string[] = [];
  for (const [, id = "", closed] of value.matchAll(BRACKETED_ID)) {
    if (closed !== undefined || id.includes("@")) ids.push(id);
  }
  return ids;
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

/**
 * A message's own id, without angle brackets, or null when it has none. A field with brackets
 * that hold no readable id is null too: the importer then derives a stable id from the bytes,
 * rather than storing a fragment that two different messages might share.
 */
export function ownMessageId(value: string | undefined): string | null {
  if (value?.includes("<")) {
    // Only an id that opens the field and has the "@" every id has (RFC 5322 section 3.6.4):
    // <"><script>…@x> must not leave the fragment `"` or `script` as two messages' shared id.
    const [first] = messageIdsIn(value.trimStart());
    return first !== undefined && value.trimStart().startsWith(`<${first}>`) && first.includes("@")
      ? first
      : null;
  }

  const bare = value?.trim().split(SEPARATORS)[0];
  return bare ? bare : null;
}

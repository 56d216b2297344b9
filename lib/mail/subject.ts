// What mail clients put in front of a subject when replying or forwarding, in the languages
// seen on distribution lists: Re (Latin, most clients), AW (German "Antwort"), SV (Nordic
// "svar"), VS (Finnish "vastaus"), Antw (Dutch); Fwd/Fw, WG (German "weitergeleitet").
// Some clients count replies: "Re[2]:", "Re^2:", "Re(2):".
const REPLY_WORDS = "re|aw|sv|vs|antw";
const FORWARD_WORDS = "fwd?|wg";
const COUNT = "(?:\\[\\d+\\]|\\^\\d+|\\(\\d+\\))?";
const REPLY_PREFIX = new RegExp(`^(?:${REPLY_WORDS})${COUNT}\\s*:`, "i");
const ANY_PREFIX = new RegExp(`^(?:${REPLY_WORDS}|${FORWARD_WORDS})${COUNT}\\s*:`, "i");

// A list tag is the list's name in brackets ("[arch-dev-public]"), and list names have no
// spaces, so a bracketed phrase with spaces ("[RFC PATCH 2/3]") is part of the subject.
const LIST_TAG = /^\[[^\]\s]+\]/;
const WHITESPACE = /\s+/g;

/**
 * The subject a thread is known by: without the reply and forward prefixes and list tags
 * at its start, in any order and repeated, and with whitespace collapsed. Anything after
 * the first other word stays, such as a trailing "[community]".
 */
export function normalizeSubject(subject: string): string {
  return leadingRun(subject).rest;
}

/** Whether the subject starts (possibly after list tags) with a reply prefix such as "Re:". */
export function hasReplyPrefix(subject: string): boolean {
  return leadingRun(subject).hasReply;
}

function leadingRun(subject: string): { rest: string; hasReply: boolean } {
  let rest = subject.replace(WHITESPACE, " ").trim();
  let hasReply = false;

  for (;;) {
    const tag = LIST_TAG.exec(rest);
    const prefix = tag ? null : ANY_PREFIX.exec(rest);
    const match = tag ?? prefix;
    if (match === null) return { rest, hasReply };

    hasReply ||= prefix !== null && REPLY_PREFIX.test(prefix[0]);
    rest = rest.slice(match[0].length).trimStart();
  }
}

// Every rate limit Quorum applies, with the reason for its size. A rule counts requests per key
// (an address or a user id) in fixed windows; the limit is the most a key may make per window.

export interface RateLimitRule {
  /** Prefix of the key in the rate_limit table, and the word used in messages. */
  name: string;
  limit: number;
  windowMs: number;
  /** What the refused person was trying to do, for the message: "sign-in emails". */
  what: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A person needs one link, two if the first is slow; more is someone flooding an inbox. */
export const SIGN_IN_EMAILS_PER_ADDRESS: RateLimitRule = {
  name: "sign-in-email",
  limit: 5,
  windowMs: 15 * MINUTE,
  what: "sign-in emails to this address",
};

/** A lively thread draws a reply every minute or two from one person, never one every 20 s. */
export const REPLIES_PER_USER: RateLimitRule = {
  name: "reply",
  limit: 30,
  windowMs: 10 * MINUTE,
  what: "replies",
};

/** Changing one's mind a few times is normal; dozens of ballots a minute is a script gone wrong. */
export const BALLOTS_PER_USER: RateLimitRule = {
  name: "ballot",
  limit: 20,
  windowMs: MINUTE,
  what: "ballots",
};

/** Proposals each open a discussion for everyone; a handful an hour is already a busy day. */
export const PROPOSALS_PER_USER: RateLimitRule = {
  name: "proposal",
  limit: 5,
  windowMs: HOUR,
  what: "proposals",
};

/** A person sets up a token per script; a burst of them means a leaked session is being used. */
export const API_TOKENS_PER_USER: RateLimitRule = {
  name: "api-token",
  limit: 10,
  windowMs: HOUR,
  what: "new API tokens",
};

// Personal API tokens: 32 random bytes behind a recognisable prefix, so that a token pasted
// somewhere it should not be is easy to spot (and to search for in a leak scanner).
import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "qrm_";
const TOKEN_BYTES = 32;

// Enough of the secret to tell a user's tokens apart, far too little to guess the rest.
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

export function generateApiTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString("base64url")}`;
  return { secret, hash: hashApiToken(secret), prefix: secret.slice(0, SHOWN_PREFIX_LENGTH) };
}

/** sha256 in hex: the only form in which a token is stored. */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

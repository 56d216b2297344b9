// Errors an import reports to the person who started it. Both mean "this input is not what
// it claims to be", which the caller shows as-is; anything else is a bug and is logged.

/** The input does not start with a "From " envelope line, so it cannot be an mbox. */
export class NotAnMboxError extends Error {
  override name = "NotAnMboxError";
}

/** The bytes handed to the parser are not an RFC 5322 message (for example, no headers). */
export class MessageParseError extends Error {
  override name = "MessageParseError";
}

/** The author of mail with no usable From header, so that every message still has one. */
export const UNKNOWN_SENDER = "unknown@quorum.invalid";

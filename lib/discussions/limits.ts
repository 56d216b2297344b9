// The limits of what a member may write on the board, each with its reason. The error messages
// quote these constants, so that what a person is told is always what the code enforces.

/** A long, careful argument runs to a few thousand words; more is a paste that belongs elsewhere. */
export const MAX_BODY_LENGTH = 20_000;

/**
 * `>` markers deeper than this are a quote of a quote of a quote… that nobody reads; mail
 * clients stop being able to show them apart long before.
 */
export const MAX_QUOTE_DEPTH = 5;

/** An author may fix a typo or a wrong link soon after posting, before the thread moves on. */
export const EDIT_WINDOW_MS = 15 * 60_000;

/** A reason given for a moderation action is a sentence or two, shown in the record. */
export const MAX_REASON_LENGTH = 500;

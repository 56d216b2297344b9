// Who is reading, as far as what they may see is concerned.
export interface Viewer {
  /** Signed-in members may see addresses; everyone else sees names only. */
  signedIn: boolean;
  /** The signed-in user: they see their own hidden messages, and may edit their own. */
  userId?: string | null;
  /** Moderators see hidden messages, marked as hidden, so that they can show them again. */
  moderator?: boolean;
}

export const ANONYMOUS: Viewer = { signedIn: false };

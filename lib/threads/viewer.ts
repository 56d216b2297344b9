// Who is reading, as far as what they may see is concerned.
export interface Viewer {
  /** Signed-in members may see addresses; everyone else sees names only. */
  signedIn: boolean;
}

export const ANONYMOUS: Viewer = { signedIn: false };

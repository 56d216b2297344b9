import { type Actor, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/threads/viewer";

/** What the actor may see of a thread: addresses only for members, hidden messages as below. */
export function viewerOf(actor: Actor | null): Viewer {
  return {
    signedIn: can(actor, "seeAddresses"),
    userId: actor?.userId ?? null,
    moderator: can(actor, "moderate"),
  };
}

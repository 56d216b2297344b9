import { type Actor, can } from "@/lib/auth/policy";
import type { Viewer } from "@/lib/threads/viewer";

/** What the actor may see of a thread: addresses only for members. */
export function viewerOf(actor: Actor | null): Viewer {
  return { signedIn: can(actor, "seeAddresses") };
}

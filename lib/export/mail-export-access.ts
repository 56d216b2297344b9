// Who may download mail as it was sent. Raw messages, attachments and mbox exports carry every
// address in their headers and bodies, and readers who are not signed in never see addresses,
// so all of them need a signed-in member: the same rule as seeing addresses on a page.
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";

/** The caller when they may download mail; 401 when signed out, 403 without the member role. */
export function requireMailExportReader(request: Request): Promise<Actor> {
  return requireActor(request, "seeAddresses");
}

import { db } from "@/lib/db/client";
import { idSchema } from "@/lib/http/params";
import { redactAddresses } from "@/lib/privacy/redact";

export interface ThreadTitle {
  id: number;
  /** as readers who are not signed in see it, since a page title is the same for everyone */
  subject: string;
  list: { address: string; name: string };
}

/**
 * What a thread page's metadata needs, without its messages: a page of a thousand messages
 * should not read them twice. Null for a malformed or unknown id, as getThreadOrNull.
 */
export async function getThreadTitleOrNull(rawId: string): Promise<ThreadTitle | null> {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  const thread = await db().thread.findUnique({
    where: { id: id.data },
    select: { id: true, subject: true, list: { select: { address: true, name: true } } },
  });
  return thread && { ...thread, subject: redactAddresses(thread.subject) };
}

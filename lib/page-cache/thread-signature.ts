import { db } from "@/lib/db/client";

/**
 * Everything a thread page shows a reader who is not signed in, condensed to one string that
 * changes whenever the page would: a reply (count, newest arrival), an edit, a hiding or
 * showing (hidden count, newest hiding), a lock, any moderation action (its reason is shown),
 * the proposal's title or status, a sender's name filled in by a later import, the thread's
 * subject or list. One indexed query, cheaper
 * than the page by far. Null for a thread that does not exist.
 */
export async function threadSignature(threadId: number): Promise<string | null> {
  const rows = await db().$queryRaw<{ signature: string }[]>`
    SELECT concat_ws('|', t."subject", t."lockedAt", t."messageCount", t."lastActivityAt",
                     l."address", l."name", pr."id", pr."title", pr."status",
                     m.messages, m.latest, m.hidden, m.names,
                     (SELECT max(e."id") FROM "moderation_event" e WHERE e."threadId" = t."id"))
             AS signature
      FROM "thread" t
      JOIN "mailing_list" l ON l."id" = t."listId"
      LEFT JOIN "proposal" pr ON pr."threadId" = t."id"
      CROSS JOIN LATERAL (
        SELECT count(*) AS messages,
               max(greatest(x."createdAt", x."editedAt", x."hiddenAt")) AS latest,
               count(x."hiddenAt") AS hidden,
               sum(hashtext(p."displayName")) AS names
          FROM "message" x JOIN "person" p ON p."id" = x."authorId"
         WHERE x."threadId" = t."id"
      ) m
     WHERE t."id" = ${threadId}`;
  return rows[0]?.signature ?? null;
}

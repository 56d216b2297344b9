import { db } from "@/lib/db/client";
import type { Role, RoleEventSource } from "@/lib/generated/prisma/enums";

// The history of one user's roles rarely reaches this; beyond it the oldest are left out.
export const ROLE_HISTORY_LIMIT = 200;

export interface RoleEventRow {
  id: number;
  role: Role;
  granted: boolean;
  source: RoleEventSource;
  at: Date;
  actor: { id: string; name: string | null; email: string } | null;
}

/** A user's role grants and revokes, newest first, with who made each. */
export async function findRoleEvents(subjectId: string): Promise<RoleEventRow[]> {
  const events = await db().roleEvent.findMany({
    where: { subjectId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: ROLE_HISTORY_LIMIT,
  });
  const actorIds = [...new Set(events.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = await db().user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));

  return events.map((event) => ({
    id: event.id,
    role: event.role,
    granted: event.granted,
    source: event.source,
    at: event.at,
    actor: event.actorId ? (actorById.get(event.actorId) ?? null) : null,
  }));
}

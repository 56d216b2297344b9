// Grants and revokes roles, recording each change that actually happened in RoleEvent (who,
// whom, what, when). Revoking the last admin is refused, or nobody could grant it back from
// the board.
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, RoleEventSource } from "@/lib/generated/prisma/enums";
import { AppError, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";

// Role changes of all users take this transaction lock in turn, so that two admins revoking
// each other's admin role at once cannot both succeed and leave the board without one.
const ROLE_CHANGE_LOCK_KEY = 72_707_370;

const ROLE_ORDER: Role[] = ["member", "maintainer", "trusted", "admin"];

export interface RoleChange {
  userId: string;
  grant?: readonly Role[];
  revoke?: readonly Role[];
  /** Who made the change: an admin (by user id), the operator's command, or the first sign-in. */
  by: { source: "admin"; actorId: string } | { source: Exclude<RoleEventSource, "admin"> };
}

/** Applies the change and returns the roles the user holds afterwards. */
export async function changeRoles(change: RoleChange): Promise<Role[]> {
  return db().$transaction((tx) => changeRolesIn(tx, change));
}

/** The same, inside a transaction the caller already holds. */
export async function changeRolesIn(
  tx: Prisma.TransactionClient,
  change: RoleChange,
): Promise<Role[]> {
  const grant = [...new Set(change.grant ?? [])];
  const revoke = [...new Set(change.revoke ?? [])];
  const both = grant.filter((role) => revoke.includes(role));
  if (both.length > 0) {
    throw new AppError("invalid", `cannot grant and revoke ${both.join(", ")} at once`);
  }
  const actorId = change.by.source === "admin" ? change.by.actorId : null;
  const source = change.by.source;
  // The board's time, not the database's: a vote's electorate is read from this history as of
  // the instant voting opened, and under the tests' clock the two differ by days.
  const at = await now();

  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROLE_CHANGE_LOCK_KEY})`;
  const user = await tx.user.findUnique({ where: { id: change.userId }, select: { id: true } });
  if (!user) throw notFound(`user ${change.userId}`);

  const granted: Role[] = [];
  for (const role of grant) {
    const { count } = await tx.roleGrant.createMany({
      data: [{ userId: user.id, role, grantedAt: at }],
      skipDuplicates: true,
    });
    if (count > 0) granted.push(role);
  }
  const revoked: Role[] = [];
  for (const role of revoke) {
    const { count } = await tx.roleGrant.deleteMany({ where: { userId: user.id, role } });
    if (count > 0) revoked.push(role);
  }

  if (revoked.includes("admin")) {
    const admins = await tx.roleGrant.count({
      where: { role: "admin", user: { disabledAt: null } },
    });
    if (admins === 0) {
      throw new AppError("conflict", "this is the last admin: grant admin to someone else first");
    }
  }

  await tx.roleEvent.createMany({
    data: [
      ...granted.map((role) => ({ actorId, subjectId: user.id, role, granted: true, source, at })),
      ...revoked.map((role) => ({ actorId, subjectId: user.id, role, granted: false, source, at })),
    ],
  });
  if (granted.length + revoked.length > 0) {
    log.info("roles.changed", {
      userId: user.id,
      actorId,
      source,
      granted: granted.join(",") || null,
      revoked: revoked.join(",") || null,
    });
  }

  const held = await tx.roleGrant.findMany({ where: { userId: user.id }, select: { role: true } });
  return sortRoles(held.map((row) => row.role));
}

export function sortRoles(roles: Role[]): Role[] {
  return [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
}

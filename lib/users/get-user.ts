import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { sortRoles } from "@/lib/users/change-roles";
import type { UserRow } from "@/lib/users/find-users";

/** One user with their roles; throws "not found" for an unknown id. */
export async function getUser(id: string): Promise<UserRow> {
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      createdAt: true,
      roles: { select: { role: true } },
    },
  });
  if (!user) throw notFound(`user ${id}`);
  return { ...user, roles: sortRoles(user.roles.map((grant) => grant.role)) };
}

import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { sortRoles } from "@/lib/users/change-roles";

// A page an admin can scan at once; a search narrows it further.
export const USERS_PAGE_SIZE = 50;

export interface UserRow {
  id: string;
  name: string | null;
  email: string;
  roles: Role[];
  disabledAt: Date | null;
  createdAt: Date;
}

/** What a UserRow is read from, for findUsers and getUser alike. */
export const USER_ROW_SELECT = {
  id: true,
  name: true,
  email: true,
  disabledAt: true,
  createdAt: true,
  roles: { select: { role: true } },
} satisfies Prisma.UserSelect;

export function toUserRow(
  user: Prisma.UserGetPayload<{ select: typeof USER_ROW_SELECT }>,
): UserRow {
  return { ...user, roles: sortRoles(user.roles.map((grant) => grant.role)) };
}

/** Users whose address or name contains `query` (any case), oldest first, one page. */
export async function findUsers(input: { query?: string; page: number }) {
  const query = input.query?.trim();
  const where: Prisma.UserWhereInput = query
    ? {
        OR: [
          { email: { contains: query, mode: "insensitive" } },
          { name: { contains: query, mode: "insensitive" } },
        ],
      }
    : {};

  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: USER_ROW_SELECT,
    }),
  ]);

  return {
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)),
    total,
    users: users.map(toUserRow),
  };
}

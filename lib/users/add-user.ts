import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { changeRolesIn } from "@/lib/users/change-roles";

/**
 * Adds a user as the operator would (`npm run admin -- user add`): a member, plus the roles
 * asked for, each grant recorded. They sign in later with this address.
 */
export async function addUser(input: { email: string; name?: string; roles: readonly Role[] }) {
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name ?? null },
        select: { id: true },
      });
      const roles = await changeRolesIn(tx, {
        userId: created.id,
        grant: ["member", ...input.roles],
        by: { source: "operator" },
      });
      return { id: created.id, roles };
    });
    log.info("users.added", { userId: user.id });
    return user;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `a user with the address ${input.email} already exists`);
    }
    throw error;
  }
}

import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { toUserRow, USER_ROW_SELECT, type UserRow } from "@/lib/users/find-users";

/** One user with their roles; throws "not found" for an unknown id. */
export async function getUser(id: string): Promise<UserRow> {
  const user = await db().user.findUnique({
    where: { id },
    select: USER_ROW_SELECT,
  });
  if (!user) throw notFound(`user ${id}`);
  return toUserRow(user);
}

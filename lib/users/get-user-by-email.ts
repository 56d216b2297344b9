import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

/** The id of the user with this address; throws "not found" when there is none. */
export async function getUserIdByEmail(email: string): Promise<string> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw notFound(`a user with the address ${email}`);
  return user.id;
}

// The Person row a board user writes as: the archive knows senders by address, so a user's
// board messages and their imported mail share one sender.
import type { Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function boardAuthorId(tx: Prisma.TransactionClient, actor: Actor): Promise<number> {
  const address = actor.email.toLowerCase();
  const person = await tx.person.upsert({
    where: { address },
    create: { address, displayName: actor.name ?? "", userId: actor.userId },
    update: {},
    select: { id: true },
  });
  return person.id;
}

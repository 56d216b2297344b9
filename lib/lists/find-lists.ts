import { db } from "@/lib/db/client";

export async function findLists() {
  const lists = await db().mailingList.findMany({
    orderBy: { address: "asc" },
    include: { _count: { select: { threads: true, messages: true } } },
  });
  return lists.map((list) => ({
    address: list.address,
    name: list.name,
    description: list.description,
    threadCount: list._count.threads,
    messageCount: list._count.messages,
  }));
}

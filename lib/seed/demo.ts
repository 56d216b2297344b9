// The demo board a newcomer meets: the real linux-mptcp thread from arch-dev-public, as a
// proposal in discussion, and one user for each role (demo-users.ts).
import path from "node:path";
import type pg from "pg";
import { importMbox } from "@/lib/archive/import-mbox";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { createProposalForThread, createUser } from "@/lib/seed/factories";

export const DEMO_LIST = "arch-dev-public@lists.example.org";
export const DEMO_MBOX = path.join(process.cwd(), "prisma", "demo", "linux-mptcp-community.mbox");
export const DEMO_ROOT_MESSAGE_ID = "20170606205801.mptcp-1@example.org";

/** Seeds the demo when the database holds no list yet; returns whether it did. */
export async function seedDemoIfEmpty(prisma: PrismaClient, pool: pg.Pool): Promise<boolean> {
  if ((await prisma.mailingList.count()) > 0) return false;

  const users = [];
  for (const user of DEMO_USERS) users.push(await createUser(prisma, user));

  await importMbox(pool, DEMO_MBOX, { listAddress: DEMO_LIST });
  const root = await prisma.message.findFirstOrThrow({
    where: { messageId: DEMO_ROOT_MESSAGE_ID, list: { address: DEMO_LIST } },
  });
  await createProposalForThread(prisma, {
    threadId: root.threadId,
    title: "Move linux-mptcp to [community]",
    kind: "package_move",
    packageName: "linux-mptcp",
    fromRepo: "AUR",
    toRepo: "community",
    proposerId: users[1]?.id,
    body: "Move the Multipath TCP kernel from the AUR to [community], as discussed on arch-dev-public.",
  });
  log.info("seed.demo_created", { threadId: root.threadId });
  return true;
}

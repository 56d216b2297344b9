import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db/client";

/** Auth.js's view of Quorum's user, account, session and verification-token tables. */
export function quorumAdapter(): Adapter {
  // The adapter is typed against the default @prisma/client; Quorum's generated client has the
  // same models and methods under its own output path.
  return PrismaAdapter(db() as unknown as Parameters<typeof PrismaAdapter>[0]);
}

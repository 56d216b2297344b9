// The app's Prisma client, created on first use: creating it at import time would break
// `next build`, which imports server modules without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * For interactive transactions that wait on row locks under load (a hundred ballots at once):
 * Prisma's defaults give up after 2 s waiting for a connection and 5 s running.
 */
export const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 15_000 } as const;

const globalForPrisma = globalThis as unknown as { quorumDb?: PrismaClient };

export function db(): PrismaClient {
  // Kept on globalThis so that `next dev` reloading modules does not open a pool per reload.
  globalForPrisma.quorumDb ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: requireDatabaseUrl() }),
  });
  return globalForPrisma.quorumDb;
}

/** Closes the pool; scripts call it before exiting so that no connection is left open. */
export async function disconnectDb(): Promise<void> {
  await globalForPrisma.quorumDb?.$disconnect();
  globalForPrisma.quorumDb = undefined;
}

// The server Playwright tests against: a fresh database with the demo seed, and the production
// build on E2E_PORT. The database is dropped when Playwright stops the server.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { db, disconnectDb } from "@/lib/db/client";
import { createScriptPool } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { nextBin } from "@/lib/next-bin";
import { seedDemoIfEmpty } from "@/lib/seed/demo";
import { seedE2eFixtures } from "@/lib/testing/e2e-fixtures";
import { createTestDatabase, e2eDatabaseFile } from "@/lib/testing/test-database";

async function main(): Promise<void> {
  const database = await createTestDatabase("quorum_e2e");
  process.env.DATABASE_URL = database.url;
  const pool = createScriptPool(database.url);
  await seedDemoIfEmpty(db(), pool);
  await seedE2eFixtures(pool);
  await pool.end();
  await disconnectDb();
  // The specs move the board's test clock (QUORUM_TEST_CLOCK) through this database directly.
  const urlFile = e2eDatabaseFile(process.env.E2E_PORT ?? "3100");
  writeFileSync(urlFile, database.url);

  const child = spawn(
    process.execPath,
    [nextBin(), "start", "--port", process.env.E2E_PORT ?? "3100"],
    {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url },
    },
  );
  const stop = async (code: number) => {
    rmSync(urlFile, { force: true });
    await database.drop().catch(() => {});
    releaseEmbeddedPostgres();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill("SIGTERM"));
  }
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: Error) => {
  console.error(`e2e server failed: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

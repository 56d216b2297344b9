// npm start / npm run dev — prepares the database (the embedded one when DATABASE_URL is
// unset), seeds the demo into an empty database, then runs Next.js with DATABASE_URL set.
//
//   npm start            production server on PORT (3000), building first when sources changed
//   npm run dev          development server with reloading
import { spawn } from "node:child_process";
import { localBoardAuthEnv } from "@/lib/auth/local-board-env";
import { db, disconnectDb } from "@/lib/db/client";
import { createScriptPool, prepareDatabase } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { checkLogLevel, databaseUrlFromEnv, portFromEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { ensureProductionBuild, nextBin } from "@/lib/next-bin";
import { seedDemoIfEmpty } from "@/lib/seed/demo";

async function main(): Promise<void> {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  checkLogLevel();
  const port = String(portFromEnv());
  if (mode === "start") ensureProductionBuild();

  const embedded = databaseUrlFromEnv() === undefined;
  const url = await prepareDatabase({ exitOnSignal: false });
  process.env.DATABASE_URL = url;
  const pool = createScriptPool(url);
  try {
    if (process.env.QUORUM_SEED !== "off") await seedDemoIfEmpty(db(), pool);
  } finally {
    await pool.end();
    await disconnectDb();
  }

  const child = spawn(process.execPath, [nextBin(), mode, "--port", port], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: url,
      ...(embedded && mode === "start" ? localBoardAuthEnv(port) : {}),
    },
  });
  log.info("server.starting", { mode, port });

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    releaseEmbeddedPostgres();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error: Error) => {
  console.error(`could not start Quorum: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

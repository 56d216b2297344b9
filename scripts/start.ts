// npm start / npm run dev — prepares the database (the embedded one when DATABASE_URL is
// unset), seeds the demo into an empty database, then runs Next.js with DATABASE_URL set.
//
//   npm start            production server on PORT (3000), building first when sources changed
//   npm run dev          development server with reloading
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { disconnectDb } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { log } from "@/lib/log";
import { seedDemoIfEmpty } from "@/lib/seed/demo";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

async function main(): Promise<void> {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  if (mode === "start" && buildIsStale()) {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const url = await prepareDatabase({ exitOnSignal: false });
  process.env.DATABASE_URL = url;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    if (process.env.QUORUM_SEED !== "off") await seedDemoIfEmpty(db(), pool);
  } finally {
    await pool.end();
    await disconnectDb();
  }

  const port = process.env.PORT ?? "3000";
  const child = spawn("npx", ["next", mode, "--port", port], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
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

/** True when there is no production build, or a source file is newer than it. */
function buildIsStale(): boolean {
  const marker = path.join(".next", "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  const newer = (file: string): boolean => {
    const stat = statSync(file);
    if (!stat.isDirectory()) return stat.mtimeMs > built;
    return readdirSync(file).some((name) => name !== "generated" && newer(path.join(file, name)));
  };
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((file) => existsSync(file) && newer(file));
}

main().catch((error: Error) => {
  console.error(`could not start Quorum: ${error.message}`);
  releaseEmbeddedPostgres();
  process.exit(1);
});

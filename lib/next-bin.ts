import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/**
 * The Next.js command-line entry point. Scripts run it with node directly rather than through
 * npx, whose wrapper process does not pass SIGINT and SIGTERM on to the server.
 */
export function nextBin(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

/** Runs `next build` when there is no production build or a source file is newer than it. */
export function ensureProductionBuild(): void {
  if (!buildIsStale()) return;
  const build = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

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

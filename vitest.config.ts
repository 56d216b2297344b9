import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["{lib,app,components,scripts,prisma}/**/*.test.{ts,tsx}"],
    globalSetup: ["./lib/testing/global-setup.ts"],
    // Jobs are off unless a test turns them on: the job-queue test does, with its own worker.
    env: { LOG_LEVEL: "warn", QUORUM_JOBS: "off" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests share one database per run; files run one after another so that a test
    // which counts rows never sees another file's rows half-written.
    fileParallelism: false,
    // next-auth imports "next/server" without an extension, which Node's own loader refuses;
    // letting Vite resolve it, as Next.js does, makes its route handlers callable in tests.
    server: { deps: { inline: ["next-auth"] } },
  },
});

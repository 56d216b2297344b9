import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["{lib,app,components,scripts,prisma}/**/*.test.{ts,tsx}"],
    globalSetup: ["./lib/testing/global-setup.ts"],
    env: { LOG_LEVEL: "warn" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Database tests share one database per run; files run one after another so that a test
    // which counts rows never sees another file's rows half-written.
    fileParallelism: false,
  },
});

import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The SMTP server that e2e/magic-link.spec.ts starts; the board sends its sign-in emails there.
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 25);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  timeout: 30_000,
  use: {
    // localhost, not 127.0.0.1: Next.js rewrites 127.0.0.1 to localhost in request URLs, so the
    // sign-in redirects go there, and the browser must stay on one host to keep its cookies.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Playwright's own browser download cannot run here: use Debian's chromium, with the
      // networking it would attempt on start switched off (this machine reaches no network).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/lists`,
    env: {
      E2E_PORT: String(port),
      AUTH_URL: `http://localhost:${port}`,
      AUTH_SECRET: "e2e-only-secret-of-the-throwaway-test-board",
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: "Quorum <quorum@e2e.example.org>",
      // The browser tests sign in as demo users; see README, "Sign-in".
      QUORUM_DEV_SIGNIN: "1",
      // The voting spec lets a five-day discussion pass in a moment; see lib/clock.ts.
      QUORUM_TEST_CLOCK: "1",
    },
    reuseExistingServer: false,
    // Playwright would SIGKILL the server's process group, which leaves the embedded PostgreSQL
    // running and the test database undropped; SIGTERM lets scripts/e2e-server.ts clean up.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});

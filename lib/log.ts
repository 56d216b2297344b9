// One structured line per event, so that an operator can grep by id. Callers pass ids and
// counts only: never message bodies, addresses, session tokens or API tokens. Every line goes
// to stderr, so that a command's own output on stdout (`import --json`) stays machine-readable.

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, string | number | boolean | null | undefined>;

const LEVEL_ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const wanted = process.env.LOG_LEVEL as Level | undefined;
  return LEVEL_ORDER[wanted ?? "info"] ?? LEVEL_ORDER.info;
}

function write(level: Level, event: string, fields: Fields = {}): void {
  if (LEVEL_ORDER[level] < threshold()) return;

  const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...fields });
  process.stderr.write(`${line}\n`);
}

export const log = {
  debug: (event: string, fields?: Fields) => write("debug", event, fields),
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};

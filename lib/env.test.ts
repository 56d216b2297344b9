import { afterEach, describe, expect, it } from "vitest";
import { checkLogLevel, databaseUrlFromEnv, portFromEnv } from "./env";

// Configuration mistakes are refused at start-up with a message that names the variable.

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe("configuration from the environment", () => {
  it("reads PORT, 3000 when unset, and refuses what is not a port, naming PORT", () => {
    delete process.env.PORT;
    expect(portFromEnv()).toBe(3000);
    process.env.PORT = "3500";
    expect(portFromEnv()).toBe(3500);
    for (const bad of ["abc", "0", "70000", "30.5"]) {
      process.env.PORT = bad;
      expect(() => portFromEnv()).toThrow(/^PORT must be a .*port number/);
    }
  });

  it("refuses a LOG_LEVEL it does not know, naming it and the ones it does", () => {
    process.env.LOG_LEVEL = "verbose";
    expect(() => checkLogLevel()).toThrow(
      'LOG_LEVEL must be one of debug, info, warn, error, not "verbose"',
    );
    process.env.LOG_LEVEL = "warn";
    expect(() => checkLogLevel()).not.toThrow();
  });

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, naming it", () => {
    process.env.DATABASE_URL = "mysql://localhost/quorum";
    expect(() => databaseUrlFromEnv()).toThrow(
      "DATABASE_URL must be a postgresql:// connection URL",
    );
  });
});

// Runs `prisma generate` after every install.
//
// The Prisma CLI insists on a schema engine binary even for `generate`, which does not use
// it, and these machines cannot download one. Any executable will do for `generate`, so
// point it at one unless the caller has a real engine configured.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);

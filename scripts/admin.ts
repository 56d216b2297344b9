// The operator's command, for the first admin and for scripts:
//
//   npm run admin -- user add <email> [--name <name>] [--role <role>]...
//   npm run admin -- user roles <email> +trusted -maintainer
//   npm run admin -- token create <email> [--name <label>]
//
// It works on the same database as `npm start`, whether or not the server is running.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema } from "@/lib/auth/email-address";
import { disconnectDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/connection";
import { releaseEmbeddedPostgres } from "@/lib/db/embedded";
import { AppError } from "@/lib/http/errors";
import { apiTokenNameSchema } from "@/lib/tokens/api-token-name";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { addUser } from "@/lib/users/add-user";
import { changeRoles } from "@/lib/users/change-roles";
import { getUserIdByEmail } from "@/lib/users/get-user-by-email";
import { ROLES, roleSchema } from "@/lib/users/roles";

const USAGE = `usage:
  npm run admin -- user add <email> [--name <name>] [--role <role>]...
  npm run admin -- user roles <email> +<role>|-<role>...
  npm run admin -- token create <email> [--name <label>]
roles: ${ROLES.join(", ")}`;

const EXIT_USAGE = 64;
const EXIT_REFUSED = 65;

class UsageError extends Error {}

const addSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "--name must not be empty").max(200).optional(),
  roles: z.array(roleSchema),
});

const rolesSchema = z.object({
  email: emailSchema,
  changes: z
    .array(
      z
        .string()
        .regex(/^[+-]/, "write each change as +role or -role, e.g. +trusted -maintainer")
        .transform((change) => ({ grant: change.startsWith("+"), role: change.slice(1) }))
        .pipe(z.object({ grant: z.boolean(), role: roleSchema })),
    )
    .min(1, "name at least one change, e.g. +trusted -maintainer"),
});

const tokenSchema = z.object({
  email: emailSchema,
  name: apiTokenNameSchema.default("command line"),
});

/** node's parseArgs, with its errors (an unknown option, say) reported as usage errors. */
function parseOptions(args: string[], options: NonNullable<ParseArgsConfig["options"]>) {
  try {
    // The values' types are checked by the zod schemas below.
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, unknown>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The database, migrated, for the Prisma client: DATABASE_URL or the embedded server. */
async function connect(): Promise<void> {
  process.env.DATABASE_URL = await prepareDatabase();
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.filter((part) => typeof part === "string").join(".");
  throw new UsageError(
    field ? `${field}: ${issue?.message}` : (issue?.message ?? "invalid arguments"),
  );
}

async function userAdd(args: string[]): Promise<void> {
  const { values, positionals } = parseOptions(args, {
    name: { type: "string" },
    role: { type: "string", multiple: true, default: [] },
  });
  if (positionals.length !== 1) throw new UsageError("give exactly one email address");
  const input = parse(addSchema, { email: positionals[0], name: values.name, roles: values.role });

  await connect();
  const user = await addUser(input);
  console.log(`added ${input.email} (${user.id}) with roles: ${user.roles.join(", ")}`);
}

async function userRoles(args: string[]): Promise<void> {
  // Not parseArgs: "-maintainer" is a role to revoke, not an option.
  const [email, ...changes] = args;
  const input = parse(rolesSchema, { email, changes });

  await connect();
  const userId = await getUserIdByEmail(input.email);
  const roles = await changeRoles({
    userId,
    grant: input.changes.filter((c) => c.grant).map((c) => c.role),
    revoke: input.changes.filter((c) => !c.grant).map((c) => c.role),
    by: { source: "operator" },
  });
  console.log(`${input.email} now has roles: ${roles.join(", ") || "none"}`);
}

async function tokenCreate(args: string[]): Promise<void> {
  const { values, positionals } = parseOptions(args, { name: { type: "string" } });
  if (positionals.length !== 1) throw new UsageError("give exactly one email address");
  const input = parse(tokenSchema, { email: positionals[0], name: values.name });

  await connect();
  const { token, secret } = await createApiToken(await getUserIdByEmail(input.email), input.name);
  console.error(
    `created token ${token.id} "${token.name}" for ${input.email}; it is shown only now:`,
  );
  console.log(secret);
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  "user add": userAdd,
  "user roles": userRoles,
  "token create": tokenCreate,
};

async function main(argv: string[]): Promise<number> {
  const command = COMMANDS[argv.slice(0, 2).join(" ")];
  try {
    if (!command)
      throw new UsageError(
        argv.length ? `unknown command: ${argv.slice(0, 2).join(" ")}` : "name a command",
      );
    await command(argv.slice(2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof AppError) {
      console.error(error.message);
      return EXIT_REFUSED;
    }
    throw error;
  } finally {
    await disconnectDb();
  }
}

main(process.argv.slice(2))
  .then((code) => {
    releaseEmbeddedPostgres();
    process.exit(code);
  })
  .catch((error: Error) => {
    console.error(`admin command failed: ${error.message}`);
    releaseEmbeddedPostgres();
    process.exit(1);
  });

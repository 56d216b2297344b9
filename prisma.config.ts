import { defineConfig } from "prisma/config";

// Only the Prisma CLI reads this file. The app connects through the pg driver adapter in
// lib/db/client.ts, and migrations are applied by lib/db/migrate.ts (see README, "Database").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});

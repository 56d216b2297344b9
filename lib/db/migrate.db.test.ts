import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { readActualSchema } from "@/lib/db/schema-catalog";
import { readExpectedSchema } from "@/lib/db/schema-model";

// Each case gets a database of its own beside the run's test database.
const created: string[] = [];
const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), "quorum-migrations-"));
  folders.push(folder);
  return folder;
}
async function emptyDatabase(label: string): Promise<string> {
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `${base.pathname.slice(1)}_${label}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  base.pathname = `/${name}`;
  return base.toString();
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const sorted = <T>(items: T[]) => [...items].map((item) => JSON.stringify(item)).sort();

describe("migrations", () => {
  it("build exactly the schema that schema.prisma describes", async () => {
    const expected = readExpectedSchema();
    const actual = await readActualSchema(process.env.DATABASE_URL as string);

    expect(sorted(actual.tables)).toEqual(sorted(expected.tables));
    expect(sorted(actual.columns)).toEqual(sorted(expected.columns));
    expect(actual.enums).toEqual(expected.enums);
    expect(sorted(actual.foreignKeys)).toEqual(sorted(expected.foreignKeys));
    for (const unique of expected.uniques) expect(actual.uniques).toContain(unique);
    for (const index of expected.indexes) expect(actual.indexes).toContain(index);
  });

  it("apply on an empty database and on one that already has the earlier migrations", async () => {
    const all = readMigrations();
    const full = await readActualSchema(process.env.DATABASE_URL as string);

    for (let applied = 0; applied < all.length; applied++) {
      const partial = tempFolder();
      for (const migration of all.slice(0, applied)) {
        cpSync(path.join(MIGRATIONS_DIR, migration.name), path.join(partial, migration.name), {
          recursive: true,
        });
      }
      const url = await emptyDatabase(`step${applied}`);
      expect(await applyMigrations(url, partial)).toHaveLength(applied);
      expect(await applyMigrations(url)).toEqual(all.slice(applied).map((m) => m.name));
      expect(await applyMigrations(url)).toEqual([]);

      const schema = await readActualSchema(url);
      expect(sorted(schema.columns)).toEqual(sorted(full.columns));
      expect(sorted(schema.indexes)).toEqual(sorted(full.indexes));
    }
  });

  it("refuse to run when an applied migration was edited", async () => {
    const url = await emptyDatabase("edited");
    await applyMigrations(url);
    const copy = tempFolder();
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const first = readMigrations()[0]?.name as string;
    const file = path.join(copy, first, "migration.sql");
    appendFileSync(file, "\n-- edited\n");

    await expect(applyMigrations(url, copy)).rejects.toThrow(`migration ${first} was changed`);
  });
});

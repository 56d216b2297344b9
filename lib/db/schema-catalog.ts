// What a live database actually holds, in the same terms as lib/db/schema-model.ts.
import pg from "pg";
import type { ExpectedSchema } from "@/lib/db/schema-model";

export async function readActualSchema(databaseUrl: string): Promise<ExpectedSchema> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> '_prisma_migrations'`,
    );
    const columns = await client.query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    // The public schema only, like the tables: pg-boss keeps an enum, tables and foreign keys of
    // its own in "pgboss" once a test has started the job queue on this database.
    const enums = await client.query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t
         JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
         JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
    );
    const indexes = await client.query<{ table: string; columns: string[]; unique: boolean }>(
      `SELECT c.relname AS table, i.indisunique AS unique,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        GROUP BY c.relname, i.indexrelid, i.indisunique`,
    );
    const foreignKeys = await client.query<{ key: string }>(
      `SELECT format('%s(%s)->%s(%s)', src.relname,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),
                dst.relname,
                (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n)) AS key
         FROM pg_constraint con
         JOIN pg_class src ON src.oid = con.conrelid
         JOIN pg_namespace n ON n.oid = src.relnamespace AND n.nspname = 'public'
         JOIN pg_class dst ON dst.oid = con.confrelid
        WHERE con.contype = 'f'`,
    );

    const key = (table: string, cols: string[]) => `${table}(${cols.join(",")})`;
    const enumMap: Record<string, string[]> = {};
    for (const row of enums.rows) enumMap[row.name] = [...(enumMap[row.name] ?? []), row.value];

    return {
      tables: tables.rows.map((row) => row.table_name),
      columns: columns.rows.map((row) => ({
        table: row.table_name,
        column: row.column_name,
        type: row.udt_name,
        nullable: row.is_nullable === "YES",
      })),
      enums: enumMap,
      uniques: indexes.rows.filter((row) => row.unique).map((row) => key(row.table, row.columns)),
      indexes: indexes.rows.map((row) => key(row.table, row.columns)),
      foreignKeys: foreignKeys.rows.map((row) => row.key),
    };
  } finally {
    await client.end();
  }
}

// What prisma/schema.prisma says the database looks like, read through Prisma's own schema
// parser (a WebAssembly build, so it needs no native engine), in the terms the catalog uses.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface ExpectedColumn {
  table: string;
  column: string;
  /** PostgreSQL udt_name, e.g. int4, text, _text, timestamptz, or an enum's name. */
  type: string;
  nullable: boolean;
}

export interface ExpectedSchema {
  tables: string[];
  columns: ExpectedColumn[];
  enums: Record<string, string[]>;
  /** Column lists that must carry a unique index or primary key, as "table(col,col)". */
  uniques: string[];
  /** Column lists that must carry some index, as "table(col,col)". */
  indexes: string[];
  /** Foreign keys as "table(cols)->table(cols)". */
  foreignKeys: string[];
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Bytes: "bytea",
  Float: "float8",
  Decimal: "numeric",
};

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
  uniqueFields: string[][];
}

interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: { model: string; type: string; fields: { name: string }[] }[];
  };
}

export function readExpectedSchema(
  schemaPath = path.join(process.cwd(), "prisma", "schema.prisma"),
): ExpectedSchema {
  const require = createRequire(import.meta.url);
  const wasm = require("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };
  const schema = readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(
    wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] })),
  ) as Dmmf;

  const models = new Map(dmmf.datamodel.models.map((model) => [model.name, model]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, field: string) => {
    const found = model.fields.find((f) => f.name === field);
    return found?.dbName ?? field;
  };
  const key = (table: string, columns: string[]) => `${table}(${columns.join(",")})`;

  const result: ExpectedSchema = {
    tables: [],
    columns: [],
    enums: {},
    uniques: [],
    indexes: [],
    foreignKeys: [],
  };

  for (const model of models.values()) {
    const table = tableOf(model);
    result.tables.push(table);

    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields && field.relationFromFields.length > 0) {
          const target = models.get(field.type) as DmmfModel;
          result.foreignKeys.push(
            `${key(
              table,
              field.relationFromFields.map((f) => columnOf(model, f)),
            )}->` +
              key(
                tableOf(target),
                (field.relationToFields ?? []).map((f) => columnOf(target, f)),
              ),
          );
        }
        continue;
      }
      const base =
        field.kind === "enum"
          ? field.type
          : field.nativeType?.[0] === "Timestamptz"
            ? "timestamptz"
            : field.kind === "unsupported"
              ? field.type
              : (SCALAR_TYPES[field.type] ?? field.type);
      result.columns.push({
        table,
        column: field.dbName ?? field.name,
        type: field.isList ? `_${base}` : base,
        // Prisma leaves list columns nullable in the database whatever the schema says.
        nullable: field.isList || !field.isRequired,
      });
      if (field.isUnique) result.uniques.push(key(table, [field.dbName ?? field.name]));
      if (field.isId) result.uniques.push(key(table, [field.dbName ?? field.name]));
    }
    if (model.primaryKey) {
      result.uniques.push(
        key(
          table,
          model.primaryKey.fields.map((f) => columnOf(model, f)),
        ),
      );
    }
    for (const fields of model.uniqueFields) {
      result.uniques.push(
        key(
          table,
          fields.map((f) => columnOf(model, f)),
        ),
      );
    }
  }

  result.columns.push(...unsupportedColumns(schema, models));

  for (const index of dmmf.datamodel.indexes) {
    if (index.type !== "normal" && index.type !== "fulltext") continue;
    const model = models.get(index.model) as DmmfModel;
    result.indexes.push(
      key(
        tableOf(model),
        index.fields.map((f) => columnOf(model, f.name)),
      ),
    );
  }
  for (const enumeration of dmmf.datamodel.enums) {
    result.enums[enumeration.name] = enumeration.values.map((value) => value.name);
  }
  return result;
}

/**
 * Columns of types Prisma cannot read (`Unsupported("tsvector")`): the DMMF leaves them out, so
 * they are read from the schema text, model by model.
 */
function unsupportedColumns(schema: string, models: Map<string, DmmfModel>): ExpectedColumn[] {
  const columns: ExpectedColumn[] = [];
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const model = models.get(block[1] as string);
    if (!model) continue;
    for (const field of (block[2] as string).matchAll(
      /^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm,
    )) {
      const mapped = /@map\("([^"]+)"\)/.exec(field[4] ?? "");
      columns.push({
        table: model.dbName ?? model.name,
        column: mapped?.[1] ?? (field[1] as string),
        type: field[2] as string,
        nullable: field[3] === "?",
      });
    }
  }
  return columns;
}

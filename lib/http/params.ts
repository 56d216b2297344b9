import { z } from "zod";
import { AppError, invalidInput } from "@/lib/http/errors";

export const idSchema = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .positive("must be positive")
  .max(2_147_483_647, "is too large");

export const pageSchema = z.coerce
  .number()
  .int()
  .min(1, "must be 1 or more")
  .max(100_000)
  .default(1);

/** Parses a value with a schema, or throws an AppError naming the parameter. */
export function parseParam<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "is invalid";
  throw new AppError("invalid", `${name} ${message}`, { [name]: [message] });
}

/** Parses URL search parameters with an object schema. */
export function parseSearch<T>(
  schema: z.ZodType<T>,
  search: URLSearchParams | Record<string, unknown>,
): T {
  const values = search instanceof URLSearchParams ? Object.fromEntries(search.entries()) : search;
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

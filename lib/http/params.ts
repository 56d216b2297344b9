import { z } from "zod";
import { AppError, invalidInput } from "@/lib/http/errors";

// Plain decimal digits only: Number() would also read "0x10", "1e3" and " 7 " as numbers.
const DIGITS = /^[0-9]{1,12}$/;
const digitsToNumber = (value: unknown) =>
  typeof value === "string" && DIGITS.test(value) ? Number(value) : value;

/** The largest id a PostgreSQL integer column holds. */
const MAX_ID = 2_147_483_647;

export const idSchema = z.preprocess(
  digitsToNumber,
  z
    .number({ error: "must be a positive whole number" })
    .int("must be a positive whole number")
    .positive("must be a positive whole number")
    .max(MAX_ID, `must be at most ${MAX_ID}`),
);

/** Far beyond any real archive's page count; a bound keeps OFFSET cheap to refuse. */
const MAX_PAGE = 100_000;

export const pageSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? 1 : digitsToNumber(value)),
  z
    .number({ error: `must be a whole number from 1 to ${MAX_PAGE}` })
    .int(`must be a whole number from 1 to ${MAX_PAGE}`)
    .min(1, `must be a whole number from 1 to ${MAX_PAGE}`)
    .max(MAX_PAGE, `must be a whole number from 1 to ${MAX_PAGE}`),
);

// ISO 8601 writes years from 0000, PostgreSQL has no year 0 and refuses it; no mail is that old.
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** Whether a date given as a bound can reach the database: its UTC year is 1 to 9999. */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export const STORABLE_DATE_ERROR = `must be a date in the years ${FIRST_YEAR} to ${LAST_YEAR}`;

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
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" && value.includes("\u0000")) {
      throw new AppError("invalid", `${name} may not contain NUL characters`, {
        [name]: ["may not contain NUL characters"],
      });
    }
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

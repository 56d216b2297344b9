import type { z } from "zod";
import { AppError, invalidInput } from "@/lib/http/errors";

/** Parses a JSON request body with a schema, or throws an AppError naming each bad field. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("invalid", "the request body must be JSON");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

import type { z } from "zod";
import { AppError, invalidInput } from "@/lib/http/errors";

/**
 * The largest JSON body any endpoint takes: the longest text a form allows (a reply or a
 * proposal, tens of kilobytes) with room to spare; anything bigger is refused unread.
 */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

/** Parses a JSON request body with a schema, or throws an AppError naming each bad field. */
export async function parseJsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  const tooLarge = new AppError(
    "too_large",
    `the request body may be at most ${MAX_JSON_BODY_BYTES / 1024} KB`,
  );
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) throw tooLarge;

  let body: unknown;
  try {
    const text = await request.text();
    if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw tooLarge;
    body = JSON.parse(text);
  } catch (error) {
    if (error === tooLarge) throw error;
    throw new AppError("invalid", "the request body must be JSON");
  }
  const nul = pathOfNul(body);
  if (nul !== null) {
    throw new AppError("invalid", `${nul || "the body"}: text may not contain NUL characters`, {
      [nul || "_"]: ["may not contain NUL characters"],
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

/** Where in a parsed JSON value a string holds U+0000, which PostgreSQL cannot store; or null. */
function pathOfNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

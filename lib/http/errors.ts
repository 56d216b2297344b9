// The one error type of the domain layer, and the one map from its kinds to HTTP statuses.
// Messages of an AppError are written for the person who caused it; anything else is a bug,
// which the user sees as "something went wrong" with a request id that the log line carries.
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { log } from "@/lib/log";

export const ERROR_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  closed: 409,
  too_large: 413,
  rate_limited: 429,
} as const;

export type ErrorKind = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** For "rate_limited": when the caller may try again, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found`);
}

/** Turns a failed zod parse into an AppError that names each bad field. */
export function invalidInput(error: z.ZodError): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  const summary = Object.entries(fields)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .join("; ");
  return new AppError("invalid", summary, fields);
}

// PostgreSQL's codes for input it cannot store: a NUL character or bytes that are not UTF-8
// (22021), a character without a mapping (22P05), a number out of its column's range (22003).
// Such input is the caller's mistake, whichever field carried it.
const BAD_INPUT_CODES = new Set(["22021", "22P05", "22003"]);

function databaseRefusedInput(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const { code, originalCode, cause } = current as {
      code?: unknown;
      originalCode?: unknown;
      cause?: unknown;
    };
    if (BAD_INPUT_CODES.has(String(originalCode)) || BAD_INPUT_CODES.has(String(code))) return true;
    current = cause;
  }
  return /invalid byte sequence for encoding|value ".*" is out of range/.test(
    String((error as Error)?.message),
  );
}

export function errorResponse(error: unknown): NextResponse {
  if (!(error instanceof AppError) && databaseRefusedInput(error)) {
    return errorResponse(
      new AppError(
        "invalid",
        "the request holds text or a number that cannot be stored (a NUL character, say)",
      ),
    );
  }
  if (error instanceof AppError) {
    const headers: Record<string, string> = {};
    if (error.retryAfterSeconds !== undefined)
      headers["Retry-After"] = String(error.retryAfterSeconds);
    return NextResponse.json(
      { error: { code: error.kind, message: error.message, fields: error.fields } },
      { status: ERROR_STATUS[error.kind], headers },
    );
  }

  const requestId = randomUUID();
  log.error("http.unexpected_error", { requestId, error: (error as Error)?.name });
  if (process.env.NODE_ENV !== "production") console.error(error);
  return NextResponse.json(
    { error: { code: "internal", message: `something went wrong (request ${requestId})` } },
    { status: 500 },
  );
}

/** Wraps a route handler so that every failure leaves as a JSON error, never a stack trace. */
export function handle<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

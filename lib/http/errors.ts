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

export function errorResponse(error: unknown): NextResponse {
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

// The shape of the authorisation table (lib/auth/authorisation-table.db.test.ts): one row per
// mutating endpoint, with the status each caller must get. Adding an endpoint means adding a row.
import type { Role } from "@/lib/generated/prisma/enums";
import type { MutatingMethod } from "@/lib/testing/route-handlers";
import type { SignedInUser } from "@/lib/testing/sessions";

export type Caller = "nobody" | "member" | "maintainer" | "trusted" | "admin";

export const CALLERS: Caller[] = ["nobody", "member", "maintainer", "trusted", "admin"];

/** The roles each caller holds, as on a real board: everyone who signed in is a member. */
export const CALLER_ROLES: Record<Exclude<Caller, "nobody">, Role[]> = {
  member: ["member"],
  maintainer: ["member", "maintainer"],
  trusted: ["member", "trusted"],
  admin: ["member", "admin"],
};

export interface CallSetup {
  /** The calling user (null for "nobody"), created fresh for this call. */
  caller: SignedInUser | null;
  /** Another ordinary member, for endpoints that act on someone else. */
  other: SignedInUser;
}

export interface PreparedCall {
  /** The route's folder parameters, e.g. { id: "7" } or { nextauth: ["signin", "nodemailer"] }. */
  params: Record<string, string | string[]>;
  json?: unknown;
  form?: Record<string, string>;
}

export interface AuthorisationRow {
  method: MutatingMethod;
  /** The route as its folders name it: "/api/tokens/[id]/revoke". */
  route: string;
  /** Creates what the call needs (a token to revoke, say) and says what to send. */
  prepare: (setup: CallSetup) => Promise<PreparedCall>;
  /** The status each caller gets for a well-formed request. */
  expect: Record<Caller, number>;
}

/** The route with its parameters filled in: "/api/tokens/[id]/revoke" → "/api/tokens/7/revoke". */
export function concretePath(route: string, params: PreparedCall["params"]): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: no value for [${name}]`);
    return Array.isArray(value)
      ? value.map(encodeURIComponent).join("/")
      : encodeURIComponent(value);
  });
}

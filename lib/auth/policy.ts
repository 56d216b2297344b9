// Who may do what. Each action names the one role it needs; a user holds every role granted to
// them (RoleGrant rows), and someone signed out holds none. Every mutating route handler and
// server action asks this table, through requireActor or requireSessionActor.
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";

export const POLICY = {
  seeAddresses: { role: "member", doing: "see email addresses" },
  reply: { role: "member", doing: "reply in a discussion" },
  // Only their author may, which the use-case checks in its query.
  editOwnMessage: { role: "member", doing: "edit your messages" },
  // A leaked token must not be able to mint its own replacement, so only a browser session may.
  manageOwnTokens: { role: "member", doing: "manage API tokens", sessionOnly: true },
  openProposal: { role: "maintainer", doing: "open a proposal" },
  // Only the proposer may, which the use-case checks; any signed-in member can be a proposer
  // who has since lost the maintainer role, and must still be able to take it back.
  withdrawProposal: { role: "member", doing: "withdraw a proposal" },
  vote: { role: "trusted", doing: "vote" },
  manageRoles: { role: "admin", doing: "change users' roles" },
  editRules: { role: "admin", doing: "edit the voting rules" },
  moderate: { role: "admin", doing: "moderate discussions" },
} as const satisfies Record<string, { role: Role; doing: string; sessionOnly?: true }>;

export type Action = keyof typeof POLICY;

export const ROLE_NAMES: Record<Role, string> = {
  member: "members",
  maintainer: "maintainers",
  trusted: "trusted users",
  admin: "admins",
};

/** Someone whose identity a request proved, with the roles the database holds for them now. */
export interface Actor {
  userId: string;
  name: string | null;
  email: string;
  roles: readonly Role[];
  /** What proved it: the browser's session cookie or an API token. */
  via: "session" | "token";
}

export function can(actor: Actor | null, action: Action): boolean {
  return refusal(actor, action) === undefined;
}

/** Returns the actor when the policy lets them do `action`; throws 401 or 403 otherwise. */
export function authorize(actor: Actor | null, action: Action): Actor {
  const refused = refusal(actor, action);
  if (refused) throw refused;
  return actor as Actor;
}

function refusal(actor: Actor | null, action: Action): AppError | undefined {
  const rule: { role: Role; doing: string; sessionOnly?: true } = POLICY[action];
  if (!actor) return new AppError("unauthenticated", `sign in to ${rule.doing}`);
  if (rule.sessionOnly && actor.via !== "session") {
    return new AppError(
      "forbidden",
      `you can ${rule.doing} only from a signed-in browser session, not with an API token`,
    );
  }
  if (!actor.roles.includes(rule.role)) {
    return new AppError("forbidden", `only ${ROLE_NAMES[rule.role]} may ${rule.doing}`);
  }
  return undefined;
}

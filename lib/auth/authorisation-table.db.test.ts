// Every mutating API endpoint, called as every kind of caller against the real database, with
// the status each must get. An endpoint without a row fails the first test: add its row here.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openProposal } from "@/lib/proposals/open-proposal";
import { DEFAULT_RULES } from "@/lib/proposals/rules";
import {
  type AuthorisationRow,
  CALLER_ROLES,
  CALLERS,
  concretePath,
} from "@/lib/testing/authorisation";
import { replyAs, startBoardThread } from "@/lib/testing/discussions";
import { findMutatingRoutes, loadHandler } from "@/lib/testing/route-handlers";
import type { SignedInUser } from "@/lib/testing/sessions";
import { createSignedInUser, testRequest } from "@/lib/testing/sessions";
import { createApiToken } from "@/lib/tokens/create-api-token";

/** A policy proposal opened by `by`, its voting open since a moment ago. */
async function proposalInVoting(by: SignedInUser): Promise<number> {
  // Anyone made trusted before voting opened is in its electorate: let the clock move on.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const openedAt = new Date(Date.now() - DEFAULT_RULES.policy.discussionMs - 5);
  const { id } = await openProposal(
    {
      userId: by.userId,
      name: "Proposer",
      email: by.email,
      roles: ["member", "maintainer"],
      via: "session",
    },
    { kind: "policy", title: "A policy for the table", body: "" },
    openedAt,
  );
  return id;
}

const everyoneSignedIn = (status: number) =>
  ({ nobody: 401, member: status, maintainer: status, trusted: status, admin: status }) as const;

const TABLE: AuthorisationRow[] = [
  {
    // Auth.js's own endpoint is open to everyone and guarded by its CSRF token: without one,
    // every caller is sent back to the sign-in page.
    method: "POST",
    route: "/api/auth/[...nextauth]",
    prepare: async () => ({
      params: { nextauth: ["signin", "nodemailer"] },
      form: { email: `someone-${randomUUID().slice(0, 8)}@test.example.org` },
    }),
    expect: { nobody: 302, member: 302, maintainer: 302, trusted: 302, admin: 302 },
  },
  {
    method: "POST",
    route: "/api/admin/users/[id]/roles",
    prepare: async ({ other }) => ({ params: { id: other.userId }, json: { grant: ["trusted"] } }),
    expect: { nobody: 401, member: 403, maintainer: 403, trusted: 403, admin: 200 },
  },
  {
    method: "POST",
    route: "/api/tokens",
    prepare: async () => ({ params: {}, json: { name: "table test" } }),
    expect: everyoneSignedIn(201),
  },
  {
    method: "POST",
    route: "/api/tokens/[id]/revoke",
    // The caller revokes a token of their own; "nobody" tries someone else's.
    prepare: async ({ caller, other }) => {
      const { token } = await createApiToken((caller ?? other).userId, "to revoke");
      return { params: { id: String(token.id) } };
    },
    expect: everyoneSignedIn(200),
  },
  {
    method: "POST",
    route: "/api/proposals",
    prepare: async () => ({
      params: {},
      json: { kind: "policy", title: "Open the table", body: "" },
    }),
    expect: { nobody: 401, member: 403, maintainer: 201, trusted: 403, admin: 403 },
  },
  {
    method: "POST",
    route: "/api/proposals/[id]/ballot",
    prepare: async ({ other }) => ({
      params: { id: String(await proposalInVoting(other)) },
      json: { choice: "yes" },
    }),
    expect: { nobody: 401, member: 403, maintainer: 403, trusted: 200, admin: 403 },
  },
  {
    method: "POST",
    route: "/api/proposals/[id]/withdraw",
    // The caller withdraws a proposal of their own; "nobody" tries someone else's.
    prepare: async ({ caller, other }) => ({
      params: { id: String(await proposalInVoting(caller ?? other)) },
    }),
    expect: everyoneSignedIn(200),
  },
  {
    method: "POST",
    route: "/api/threads/[id]/messages",
    prepare: async ({ other }) => {
      const { threadId, rootMessageId } = await startBoardThread(other);
      return { params: { id: String(threadId) }, json: { inReplyTo: rootMessageId, body: "+1" } };
    },
    expect: everyoneSignedIn(201),
  },
  {
    method: "PATCH",
    route: "/api/messages/[id]",
    // The caller edits a reply of their own; "nobody" tries someone else's.
    prepare: async ({ caller, other }) => {
      const { threadId, rootMessageId } = await startBoardThread(other);
      const reply = await replyAs(caller ?? other, threadId, rootMessageId);
      return { params: { id: String(reply.id) }, json: { body: "Edited." } };
    },
    expect: everyoneSignedIn(200),
  },
  {
    method: "POST",
    route: "/api/messages/[id]/visibility",
    prepare: async ({ other }) => {
      const { rootId } = await startBoardThread(other);
      return { params: { id: String(rootId) }, json: { hidden: true, reason: "Off topic." } };
    },
    expect: { nobody: 401, member: 403, maintainer: 403, trusted: 403, admin: 200 },
  },
  {
    method: "POST",
    route: "/api/threads/[id]/lock",
    prepare: async ({ other }) => {
      const { threadId } = await startBoardThread(other);
      return { params: { id: String(threadId) }, json: { locked: true, reason: "Cooling off." } };
    },
    expect: { nobody: 401, member: 403, maintainer: 403, trusted: 403, admin: 200 },
  },
];

describe("the authorisation table", () => {
  it("has a row for every mutating endpoint in app/api, and none for endpoints that are gone", () => {
    const rows = TABLE.map((row) => `${row.method} ${row.route}`);
    const routes = findMutatingRoutes();
    expect(
      routes.filter((route) => !rows.includes(route)),
      "endpoints without a row: add one",
    ).toEqual([]);
    expect(
      rows.filter((row) => !routes.includes(row)),
      "rows for endpoints that are gone",
    ).toEqual([]);
  });

  for (const row of TABLE) {
    for (const caller of CALLERS) {
      it(`${row.method} ${row.route} as ${caller} → ${row.expect[caller]}`, async () => {
        const user =
          caller === "nobody" ? null : await createSignedInUser(CALLER_ROLES[caller], caller);
        const other = await createSignedInUser(["member"], "other");
        const call = await row.prepare({ caller: user, other });
        const handler = await loadHandler(row.route, row.method);

        const request = testRequest(concretePath(row.route, call.params), {
          method: row.method,
          as: user,
          json: call.json,
          form: call.form,
        });
        const response = await handler(request, { params: Promise.resolve(call.params) });

        expect(response.status, await response.clone().text()).toBe(row.expect[caller]);
        if (response.status >= 400) {
          const body = await response.json();
          expect(body.error.code).toBe(response.status === 401 ? "unauthenticated" : "forbidden");
        }
      });
    }
  }
});

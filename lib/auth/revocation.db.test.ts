// Roles are read on every request: a change made between two requests holds for the second.
import { describe, expect, it } from "vitest";
import { resolveActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { loadHandler } from "@/lib/testing/route-handlers";
import { createSignedInUser, type SignedInUser, testRequest } from "@/lib/testing/sessions";
import { changeRoles } from "@/lib/users/change-roles";

async function grantTrusted(as: SignedInUser, subject: SignedInUser): Promise<number> {
  const post = await loadHandler("/api/admin/users/[id]/roles", "POST");
  const response = await post(
    testRequest(`/api/admin/users/${subject.userId}/roles`, {
      method: "POST",
      as,
      json: { grant: ["trusted"] },
    }),
    { params: Promise.resolve({ id: subject.userId }) },
  );
  return response.status;
}

describe("revoking a role", () => {
  it("takes effect on the very next request", async () => {
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const otherAdmin = await createSignedInUser(["member", "admin"], "admin2");
    const subject = await createSignedInUser(["member"], "subject");
    expect(await grantTrusted(admin, subject)).toBe(200);

    await changeRoles({
      userId: admin.userId,
      revoke: ["admin"],
      by: { source: "admin", actorId: otherAdmin.userId },
    });

    expect(await grantTrusted(admin, subject)).toBe(403);
  });

  it("and a grant does too", async () => {
    const member = await createSignedInUser(["member"], "member");
    const subject = await createSignedInUser(["member"], "subject");
    expect(await grantTrusted(member, subject)).toBe(403);

    await changeRoles({ userId: member.userId, grant: ["admin"], by: { source: "operator" } });

    expect(await grantTrusted(member, subject)).toBe(200);
  });

  it("leaves a disabled user, or an expired session, with no identity", async () => {
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const subject = await createSignedInUser(["member"], "subject");
    const probe = () => testRequest("/api/tokens", { as: admin });
    expect((await resolveActor(probe()))?.userId).toBe(admin.userId);

    await db().user.update({ where: { id: admin.userId }, data: { disabledAt: new Date() } });
    expect(await resolveActor(probe())).toBeNull();
    expect(await grantTrusted(admin, subject)).toBe(401);

    await db().user.update({ where: { id: admin.userId }, data: { disabledAt: null } });
    await db().session.update({
      where: { sessionToken: admin.sessionToken },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await resolveActor(probe())).toBeNull();
  });
});

describe("role changes", () => {
  it("are recorded with who, whom, what and when, once per actual change", async () => {
    const admin = await createSignedInUser(["member", "admin"], "admin");
    const subject = await createSignedInUser(["member"], "subject");
    const by = { source: "admin", actorId: admin.userId } as const;

    expect(
      await changeRoles({ userId: subject.userId, grant: ["trusted", "maintainer"], by }),
    ).toEqual(["member", "maintainer", "trusted"]);
    await changeRoles({ userId: subject.userId, grant: ["trusted"], revoke: ["maintainer"], by });

    const events = await db().roleEvent.findMany({
      where: { subjectId: subject.userId, source: "admin" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.role, e.granted, e.actorId, e.source])).toEqual([
      ["trusted", true, admin.userId, "admin"],
      ["maintainer", true, admin.userId, "admin"],
      ["maintainer", false, admin.userId, "admin"],
    ]);
    expect(events.every((e) => e.at instanceof Date)).toBe(true);
  });

  it("never take away the last admin", async () => {
    await db().roleGrant.deleteMany({ where: { role: "admin" } });
    const admin = await createSignedInUser(["member", "admin"], "last-admin");

    await expect(
      changeRoles({ userId: admin.userId, revoke: ["admin"], by: { source: "operator" } }),
    ).rejects.toMatchObject({ kind: "conflict" });
    expect(await db().roleGrant.count({ where: { userId: admin.userId, role: "admin" } })).toBe(1);
  });

  it("refuse to grant and revoke one role at once", async () => {
    const subject = await createSignedInUser(["member"], "subject");
    await expect(
      changeRoles({
        userId: subject.userId,
        grant: ["trusted"],
        revoke: ["trusted"],
        by: { source: "operator" },
      }),
    ).rejects.toMatchObject({ kind: "invalid" });
  });
});

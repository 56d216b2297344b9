import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadHandler } from "@/lib/testing/route-handlers";
import { createSignedInUser, type TestRequestInit, testRequest } from "@/lib/testing/sessions";
import { hashApiToken } from "@/lib/tokens/api-token-secret";

async function call(
  method: string,
  route: string,
  path: string,
  init: TestRequestInit,
  params = {},
) {
  const handler = await loadHandler(route, method);
  const response = await handler(testRequest(path, { method, ...init }), {
    params: Promise.resolve(params),
  });
  return { status: response.status, body: await response.json() };
}

const createToken = (init: TestRequestInit) =>
  call("POST", "/api/tokens", "/api/tokens", { json: { name: "nightly import" }, ...init });
const listTokens = (init: TestRequestInit) => call("GET", "/api/tokens", "/api/tokens", init);
const revokeToken = (id: number, init: TestRequestInit) =>
  call("POST", "/api/tokens/[id]/revoke", `/api/tokens/${id}/revoke`, init, { id: String(id) });
const grantTrusted = (userId: string, init: TestRequestInit) =>
  call(
    "POST",
    "/api/admin/users/[id]/roles",
    `/api/admin/users/${userId}/roles`,
    { json: { grant: ["trusted"] }, ...init },
    { id: userId },
  );

describe("API tokens", () => {
  it("are shown once at creation and stored only as a sha256 hash", async () => {
    const user = await createSignedInUser(["member"]);
    const created = await createToken({ as: user });

    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^qrm_[\w-]{43}$/);
    expect(created.body.token).toMatchObject({ name: "nightly import", revokedAt: null });

    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: created.body.token.id } });
    expect(stored.hash).toBe(hashApiToken(secret));
    expect(Object.values(stored)).not.toContain(secret);

    const listed = await listTokens({ as: user });
    expect(listed.body.tokens).toEqual([created.body.token]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain(stored.hash);
    expect(secret.startsWith(listed.body.tokens[0].prefix)).toBe(true);
  });

  it("sign a script's requests, and stop working on the request after they are revoked", async () => {
    const admin = await createSignedInUser(["member", "admin"]);
    const subject = await createSignedInUser(["member"]);
    const { body } = await createToken({ as: admin });

    expect((await grantTrusted(subject.userId, { bearer: body.secret })).status).toBe(200);

    const revoked = await revokeToken(body.token.id, { as: admin });
    expect(revoked.status).toBe(200);
    expect(revoked.body.token.revokedAt).not.toBeNull();

    const refused = await grantTrusted(subject.userId, { bearer: body.secret });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthenticated");
  });

  it("cannot create or revoke tokens themselves", async () => {
    const user = await createSignedInUser(["member"]);
    const { body } = await createToken({ as: user });

    expect((await createToken({ bearer: body.secret })).status).toBe(403);
    expect((await revokeToken(body.token.id, { bearer: body.secret })).status).toBe(403);
  });

  it("belong to their owner: another user's token is not found", async () => {
    const owner = await createSignedInUser(["member"]);
    const stranger = await createSignedInUser(["member", "admin"]);
    const { body } = await createToken({ as: owner });

    expect((await revokeToken(body.token.id, { as: stranger })).status).toBe(404);
    expect((await listTokens({ as: stranger })).body.tokens).toEqual([]);
    expect(
      (await db().apiToken.findUniqueOrThrow({ where: { id: body.token.id } })).revokedAt,
    ).toBeNull();
  });

  it("need a name", async () => {
    const user = await createSignedInUser(["member"]);
    const refused = await createToken({ as: user, json: { name: "  " } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.name).toBeDefined();
  });
});

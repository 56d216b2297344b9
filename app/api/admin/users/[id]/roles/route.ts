// POST /api/admin/users/<id>/roles — grants and revokes roles, e.g.
// { "grant": ["trusted"], "revoke": ["maintainer"] }; admins only. Answers the roles held after.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { parseJsonBody } from "@/lib/http/body";
import { handle } from "@/lib/http/errors";
import { parseParam } from "@/lib/http/params";
import { changeRoles } from "@/lib/users/change-roles";
import { roleSchema } from "@/lib/users/roles";

export const dynamic = "force-dynamic";

const userIdSchema = z.string().trim().min(1, "is required").max(64, "is too long");

const bodySchema = z
  .object({ grant: z.array(roleSchema).default([]), revoke: z.array(roleSchema).default([]) })
  .refine((body) => body.grant.length + body.revoke.length > 0, {
    message: "name a role to grant or revoke",
  });

export const POST = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const actor = await requireActor(request, "manageRoles");
    const userId = parseParam(userIdSchema, (await context.params).id, "id");
    const { grant, revoke } = await parseJsonBody(request, bodySchema);

    const roles = await changeRoles({
      userId,
      grant,
      revoke,
      by: { source: "admin", actorId: actor.userId },
    });
    return NextResponse.json({ user: { id: userId, roles } });
  },
);

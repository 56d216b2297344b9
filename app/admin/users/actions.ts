"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireSessionActor } from "@/lib/auth/session-actor";
import { type ActionState, actionState } from "@/lib/http/action-state";
import { invalidInput } from "@/lib/http/errors";
import { changeRoles } from "@/lib/users/change-roles";
import { getUser } from "@/lib/users/get-user";
import { ROLES, roleSchema } from "@/lib/users/roles";

const formSchema = z.object({ userId: z.string().min(1), roles: z.array(roleSchema) });

/** Makes the user hold exactly the roles ticked in the form; each difference is one event. */
export async function setRolesAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return actionState(async () => {
    const actor = await requireSessionActor("manageRoles");
    const parsed = formSchema.safeParse({
      userId: form.get("userId"),
      roles: form.getAll("roles"),
    });
    if (!parsed.success) throw invalidInput(parsed.error);

    const { roles: held } = await getUser(parsed.data.userId);
    const wanted = parsed.data.roles;
    await changeRoles({
      userId: parsed.data.userId,
      grant: ROLES.filter((role) => wanted.includes(role) && !held.includes(role)),
      revoke: ROLES.filter((role) => !wanted.includes(role) && held.includes(role)),
      by: { source: "admin", actorId: actor.userId },
    });
    revalidatePath(`/admin/users/${parsed.data.userId}`);
    return undefined;
  });
}

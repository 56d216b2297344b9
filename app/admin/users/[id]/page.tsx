import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleForm } from "@/app/admin/users/RoleForm";
import { LocalTime } from "@/components/LocalTime";
import { NotAllowed } from "@/components/NotAllowed";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import type { Role, RoleEventSource } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/http/errors";
import { findRoleEvents } from "@/lib/users/find-role-events";
import { getUser } from "@/lib/users/get-user";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "User" };

const ROLE_LABELS: Record<Role, string> = {
  member: "member",
  maintainer: "maintainer",
  trusted: "trusted user",
  admin: "admin",
};

const SOURCE_LABELS: Record<Exclude<RoleEventSource, "admin">, string> = {
  operator: "the operator's command",
  first_sign_in: "first sign-in",
};

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  try {
    return await getUser(id);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
}

export default async function AdminUserPage({ params }: Props) {
  const { id } = await params;
  const actor = await getSessionActorOrNull();
  if (!actor) return <SignInPrompt to="manage users" next={`/admin/users/${id}`} />;
  if (!can(actor, "manageRoles")) return <NotAllowed action="manageRoles" />;

  const user = await load(id);
  if (!user) notFound();
  const events = await findRoleEvents(user.id);

  return (
    <section className="space-y-8">
      <div>
        <Link href="/admin/users" className="text-sm underline">
          ← Users
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{user.name ?? user.email}</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {user.email} · joined <LocalTime iso={user.createdAt.toISOString()} />
          {user.disabledAt && " · disabled"}
        </p>
      </div>

      <RoleForm userId={user.id} held={user.roles} labels={ROLE_LABELS} />

      <div>
        <h2 className="mb-2 text-lg font-semibold">Role history</h2>
        {events.length === 0 ? (
          <p>No role changes recorded.</p>
        ) : (
          <ol className="space-y-1 text-sm" aria-label="Role history">
            {events.map((event) => (
              <li key={event.id}>
                <LocalTime iso={event.at.toISOString()} />: {event.granted ? "granted" : "revoked"}{" "}
                <strong>{ROLE_LABELS[event.role]}</strong> by{" "}
                {event.source === "admin"
                  ? (event.actor?.name ?? event.actor?.email ?? "a deleted user")
                  : SOURCE_LABELS[event.source]}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

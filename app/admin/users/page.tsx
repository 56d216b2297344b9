import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/NotAllowed";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { pageSchema } from "@/lib/http/params";
import { findUsers } from "@/lib/users/find-users";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await getSessionActorOrNull();
  if (!actor) return <SignInPrompt to="manage users" next="/admin/users" />;
  if (!can(actor, "manageRoles")) return <NotAllowed action="manageRoles" />;

  const params = await searchParams;
  const parsedPage = pageSchema.safeParse(params.page);
  const query = params.q?.slice(0, 200) ?? "";
  const { users, page, pageCount, total } = await findUsers({
    query,
    page: parsedPage.success ? parsedPage.data : 1,
  });
  const pageLink = (to: number) =>
    `/admin/users?${new URLSearchParams({ q: query, page: String(to) })}`;

  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Users</h1>
      <search>
        <form className="flex gap-2">
          <input
            name="q"
            defaultValue={query}
            aria-label="Search by address or name"
            placeholder="address or name"
            className="w-72 rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          />
          <button
            type="submit"
            className="rounded border border-slate-300 px-3 py-1 dark:border-slate-700"
          >
            Search
          </button>
        </form>
      </search>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {total} {total === 1 ? "user" : "users"}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th className="py-2">Name</th>
            <th>Address</th>
            <th>Roles</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              className="border-b border-slate-100 dark:border-slate-900"
              data-user-id={user.id}
            >
              <td className="py-2">
                <Link href={`/admin/users/${user.id}`} className="font-medium underline">
                  {user.name ?? "(no name)"}
                </Link>
                {user.disabledAt && <span className="ml-2 text-slate-500">disabled</span>}
              </td>
              <td>{user.email}</td>
              <td>{user.roles.join(", ") || "none"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pageCount > 1 && (
        <nav className="flex gap-4 text-sm" aria-label="Pages">
          {page > 1 && <Link href={pageLink(page - 1)}>← Previous</Link>}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && <Link href={pageLink(page + 1)}>Next →</Link>}
        </nav>
      )}
    </section>
  );
}

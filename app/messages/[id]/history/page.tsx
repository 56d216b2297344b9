import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LocalTime } from "@/components/LocalTime";
import { MarkdownBody } from "@/components/MarkdownBody";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { findMessageRevisions } from "@/lib/discussions/find-message-revisions";
import { AppError } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";
import { redactAddresses } from "@/lib/privacy/redact";
import { messageAnchor } from "@/lib/threads/locate-message";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Earlier versions" };

/** /messages/<id>/history: a board message as it reads now, and every version before. */
export default async function MessageHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const viewer = viewerOf(await getSessionActorOrNull());
  const history = await findMessageRevisions(id.data, viewer).catch((error) => {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  });
  const shown = (body: string) => (viewer.signedIn ? body : redactAddresses(body));
  const versions = [
    { key: "current", label: "Now", body: history.current.body, at: history.current.writtenAt },
    ...history.revisions.map((r) => ({
      key: String(r.id),
      label: "Before",
      body: r.body,
      at: r.writtenAt,
    })),
  ];

  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold">Versions of {history.authorName}'s message</h1>
      <p className="text-sm">
        <Link
          href={`/threads/${history.threadId}#${messageAnchor(history.id)}`}
          className="underline"
        >
          Back to the message in “{history.subject}”
        </Link>
      </p>
      <ol className="space-y-4" aria-label="Versions, newest first" data-versions>
        {versions.map((version) => (
          <li
            key={version.key}
            className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
          >
            <p className="mb-2 text-xs text-slate-500">
              {version.label}, written <LocalTime iso={version.at.toISOString()} />
            </p>
            <MarkdownBody text={shown(version.body)} />
          </li>
        ))}
      </ol>
    </article>
  );
}

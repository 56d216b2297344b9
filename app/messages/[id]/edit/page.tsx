import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { editAction } from "@/app/threads/[id]/actions";
import { MessageComposer } from "@/components/MessageComposer";
import { MessagePreview } from "@/components/MessagePreview";
import { SignInPrompt } from "@/components/SignInPrompt";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { now } from "@/lib/clock";
import { editableUntil } from "@/lib/discussions/edit-message";
import { findMessageRevisions } from "@/lib/discussions/find-message-revisions";
import { EDIT_WINDOW_MS } from "@/lib/discussions/limits";
import { AppError } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit message" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ body?: string; preview?: string }>;
};

/** /messages/<id>/edit: the author changes their board message within the edit window. */
export default async function EditMessagePage({ params, searchParams }: Props) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const actor = await getSessionActorOrNull();
  if (!actor) return <SignInPrompt to="edit your message" next={`/messages/${id.data}/edit`} />;

  const history = await findMessageRevisions(id.data, viewerOf(actor)).catch((error) => {
    if (error instanceof AppError && error.kind === "not_found") notFound();
    throw error;
  });
  // Someone else's message is "not found", as the API answers.
  if (history.postedById !== actor.userId) notFound();
  const { body, preview } = await searchParams;
  const open = (await now()) < editableUntil(history.sentAt);

  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold">Edit your message</h1>
      <p className="text-sm">
        in{" "}
        <Link href={`/threads/${history.threadId}`} className="underline">
          {history.subject}
        </Link>
        . Earlier versions stay visible to readers.
      </p>
      {!open ? (
        <p role="status">
          A message can be edited only within {EDIT_WINDOW_MS / 60_000} minutes of posting it.
        </p>
      ) : (
        <>
          {preview && body !== undefined && <MessagePreview body={body} />}
          <MessageComposer
            action={editAction.bind(null, id.data)}
            hidden={{}}
            initialBody={body ?? history.current.body}
            previewPath={`/messages/${id.data}/edit`}
            submitLabel="Save changes"
          />
        </>
      )}
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkdownBody } from "@/components/MarkdownBody";
import { MessageBody } from "@/components/MessageBody";
import { MessageComposer } from "@/components/MessageComposer";
import { MessagePreview } from "@/components/MessagePreview";
import { NotAllowed } from "@/components/NotAllowed";
import { SignInPrompt } from "@/components/SignInPrompt";
import { can } from "@/lib/auth/policy";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { quoteMessage } from "@/lib/discussions/quote";
import { idSchema } from "@/lib/http/params";
import { getThreadOrNull } from "@/lib/threads/get-thread-or-null";
import { replyAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reply" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ to?: string; quote?: string; body?: string; preview?: string }>;
};

/** /threads/<id>/reply?to=<message row id>[&quote=1]: the composer under the message answered. */
export default async function ReplyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { to, quote, body, preview } = await searchParams;
  const actor = await getSessionActorOrNull();
  const thread = await getThreadOrNull(id, viewerOf(actor));
  const toId = idSchema.safeParse(to);
  const parent = toId.success ? thread?.messages.find((m) => m.id === toId.data) : undefined;
  if (!thread || !parent) notFound();

  const path = `/threads/${thread.id}/reply?to=${parent.id}`;
  const quoteSource = {
    authorName: parent.author.name,
    dateIso: parent.date.toISOString(),
    text: parent.text,
    elementId: "replied-message",
  };
  const initialBody =
    body ?? (quote === "1" ? quoteMessage({ ...quoteSource, date: parent.date }) : "");

  return (
    <article className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">Reply to {parent.author.name}</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          in{" "}
          <Link href={`/threads/${thread.id}`} className="underline">
            {thread.subject}
          </Link>
        </p>
      </header>
      <section
        id="replied-message"
        aria-label={`The message from ${parent.author.name}`}
        className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
      >
        {parent.format === "markdown" ? (
          <MarkdownBody text={parent.text} />
        ) : (
          <MessageBody text={parent.text} />
        )}
      </section>
      {!actor ? (
        <SignInPrompt to="reply" next={path} />
      ) : !can(actor, "reply") ? (
        <NotAllowed action="reply" />
      ) : thread.lockedAt ? (
        <p role="status" className="text-sm">
          This thread is locked by a moderator: it takes no new replies.
        </p>
      ) : (
        <>
          {preview && body !== undefined && <MessagePreview body={body} />}
          <MessageComposer
            action={replyAction.bind(null, thread.id)}
            hidden={{ to: String(parent.id), inReplyTo: parent.messageId }}
            initialBody={initialBody}
            previewPath={`/threads/${thread.id}/reply`}
            submitLabel="Post reply"
            quote={quoteSource}
          />
        </>
      )}
    </article>
  );
}

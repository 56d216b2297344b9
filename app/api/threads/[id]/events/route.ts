// GET /api/threads/<id>/events — server-sent events: "changed" whenever the thread gains or
// changes a message, is locked or unlocked, or its proposal's ballots change. The page then
// fetches itself afresh; the events carry no content, so they reveal nothing to anyone.

import { db } from "@/lib/db/client";
import { handle, notFound } from "@/lib/http/errors";
import { idSchema, parseParam } from "@/lib/http/params";
import { onThreadChange } from "@/lib/live/thread-changes";

export const dynamic = "force-dynamic";

/** Proxies close connections that stay silent for a minute or so; a comment keeps them open. */
const HEARTBEAT_MS = 25_000;

export const GET = handle(
  async (request: Request, context: { params: Promise<{ id: string }> }) => {
    const threadId = parseParam(idSchema, (await context.params).id, "id");
    const thread = await db().thread.findUnique({ where: { id: threadId }, select: { id: true } });
    if (!thread) throw notFound(`thread ${threadId}`);

    const encoder = new TextEncoder();
    let stop = () => {};
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const unsubscribe = await onThreadChange(threadId, () =>
          send("event: changed\ndata: {}\n\n"),
        );
        const heartbeat = setInterval(() => send(": still here\n\n"), HEARTBEAT_MS);
        stop = () => {
          clearInterval(heartbeat);
          unsubscribe();
        };
        request.signal.addEventListener("abort", () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed by the client going away.
          }
        });
        send("retry: 5000\n\n");
      },
      cancel() {
        stop();
      },
    });

    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  },
);

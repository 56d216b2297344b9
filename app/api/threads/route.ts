// GET /api/threads?list=<address>&page=<n> — threads by most recent activity.
import { NextResponse } from "next/server";
import { z } from "zod";
import { handle } from "@/lib/http/errors";
import { pageSchema, parseSearch } from "@/lib/http/params";
import { findThreads } from "@/lib/threads/find-threads";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  list: z.email({ error: "must be a list address" }).optional(),
  page: pageSchema,
});

export const GET = handle(async (request: Request) => {
  const query = parseSearch(querySchema, new URL(request.url).searchParams);
  const result = await findThreads(query);
  return NextResponse.json({
    page: result.page,
    pageCount: result.pageCount,
    total: result.total,
    threads: result.threads.map((thread) => ({
      id: thread.id,
      subject: thread.subject,
      list: thread.list,
      messageCount: thread.messageCount,
      participantCount: thread.participantCount,
      participants: thread.participants,
      lastActivityAt: thread.lastActivityAt.toISOString(),
      proposal: thread.proposal,
    })),
  });
});

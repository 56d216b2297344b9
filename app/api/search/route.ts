// GET /api/search?q=&list=&author=&from=&to=&status=&page= — messages matching a query.
import { NextResponse } from "next/server";
import { handle } from "@/lib/http/errors";
import { parseSearch } from "@/lib/http/params";
import { findMessages, MATCH_END, MATCH_START } from "@/lib/search/find-messages";
import { filtersOf, searchInputSchema } from "@/lib/search/search-input";
import { messageAnchor } from "@/lib/threads/locate-message";
import { ANONYMOUS } from "@/lib/threads/viewer";

export const dynamic = "force-dynamic";

export const GET = handle(async (request: Request) => {
  const input = parseSearch(searchInputSchema, new URL(request.url).searchParams);
  const result = await findMessages(input.q, filtersOf(input), ANONYMOUS, input.page);
  return NextResponse.json({
    page: result.page,
    more: result.more,
    words: result.words,
    results: result.hits.map((hit) => ({
      url: `/threads/${hit.threadId}#${messageAnchor(hit.id)}`,
      threadId: hit.threadId,
      subject: hit.subject,
      author: { name: hit.authorName },
      date: hit.date.toISOString(),
      list: hit.list,
      // The API marks matches with [[ and ]]: plain text, for any client to show safely.
      snippet: hit.snippet.replaceAll(MATCH_START, "[[").replaceAll(MATCH_END, "]]"),
    })),
  });
});

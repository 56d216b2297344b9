// Full-text search over messages' subjects and their senders' own words, with filters, newest
// first, and a highlighted snippet of each. Hidden messages are never found.
//
// The words are in message_search, under a GIN index. Newest first rather than by ts_rank:
// ranking would read the vector of every match (a common word matches thousands), while ordering
// by date needs only the matches' dates, and only the page shown is highlighted. Mail archives
// sort so too.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { fallbackName, redactAddresses } from "@/lib/privacy/redact";
import { parseSearchQuery } from "@/lib/search/parse-query";
import type { Viewer } from "@/lib/threads/viewer";

// Only the filters on the list, the sender and the proposal need the message itself; without
// them a search sorts its matches on message_search alone and reads just the page it shows.
const MESSAGE_JOINS = Prisma.sql`
  JOIN "message" m ON m."id" = s."messageId"
  JOIN "person" p ON p."id" = m."authorId"
  JOIN "mailing_list" l ON l."id" = m."listId"
  LEFT JOIN "proposal" pr ON pr."threadId" = m."threadId"`;

/** A page of results: enough to scan at a glance, few enough to highlight quickly. */
export const SEARCH_PAGE_SIZE = 20;

/** Marks around each match in a snippet: private-use characters, which no mail contains. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface SearchFilters {
  list?: string;
  /** Part of a sender's name or address. */
  author?: string;
  from?: Date;
  to?: Date;
  proposalStatus?: ProposalStatus;
}

export interface SearchHit {
  id: number;
  threadId: number;
  subject: string;
  authorName: string;
  date: Date;
  list: string;
  /** Plain text with MATCH_START/MATCH_END around the matches; never HTML. */
  snippet: string;
}

export interface SearchPage {
  words: string[];
  page: number;
  hits: SearchHit[];
  /** True when another page follows. */
  more: boolean;
}

export async function findMessages(
  query: string,
  filters: SearchFilters,
  viewer: Viewer,
  page = 1,
): Promise<SearchPage> {
  const parsed = parseSearchQuery(query);
  if (!parsed.tsquery) return { words: [], page, hits: [], more: false };

  // Written out where it is used rather than computed once in a CTE: PostgreSQL folds it into a
  // constant only where it sees it, and only then estimates how many messages match, which
  // decides between reading the newest messages first (a common word) and the GIN index (a
  // rare one).
  const tsquery = Prisma.sql`to_tsquery('english'::regconfig, ${parsed.tsquery})`;
  const conditions = [
    Prisma.sql`s."vector" @@ ${tsquery}`,
    Prisma.sql`NOT s."hidden"`,
    ...(filters.list ? [Prisma.sql`l."address" = ${filters.list}`] : []),
    ...(filters.author
      ? [
          Prisma.sql`(p."displayName" ILIKE ${`%${filters.author}%`} OR p."address" ILIKE ${`%${filters.author}%`})`,
        ]
      : []),
    ...(filters.from ? [Prisma.sql`s."sentAt" >= ${filters.from}`] : []),
    ...(filters.to ? [Prisma.sql`s."sentAt" < ${filters.to}`] : []),
    ...(filters.proposalStatus
      ? [Prisma.sql`pr."status" = ${filters.proposalStatus}::"ProposalStatus"`]
      : []),
  ];

  const rows = await db().$queryRaw<
    {
      id: number;
      threadId: number;
      subject: string;
      displayName: string;
      address: string;
      sentAt: Date;
      list: string;
      snippet: string;
    }[]
  >`
    WITH found AS (
      SELECT s."messageId" AS "id", s."sentAt"
      FROM "message_search" s
      ${filters.list || filters.author || filters.proposalStatus ? MESSAGE_JOINS : Prisma.empty}
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY s."sentAt" DESC, s."messageId" DESC
      LIMIT ${SEARCH_PAGE_SIZE + 1} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    SELECT m."id", m."threadId", m."subject", p."displayName", p."address", m."sentAt",
           l."address" AS list,
           ts_headline('english'::regconfig, m."body", ${tsquery},
             ${`StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=15, MaxFragments=2`}) AS snippet
    FROM found f
    JOIN "message" m ON m."id" = f."id"
    JOIN "person" p ON p."id" = m."authorId"
    JOIN "mailing_list" l ON l."id" = m."listId"
    ORDER BY f."sentAt" DESC, f."id" DESC`;

  return {
    words: parsed.words,
    page,
    more: rows.length > SEARCH_PAGE_SIZE,
    hits: rows.slice(0, SEARCH_PAGE_SIZE).map((row) => ({
      id: row.id,
      threadId: row.threadId,
      subject: row.subject,
      authorName: row.displayName || fallbackName(row.address),
      date: row.sentAt,
      list: row.list,
      snippet: viewer.signedIn ? row.snippet : redactAddresses(row.snippet),
    })),
  };
}

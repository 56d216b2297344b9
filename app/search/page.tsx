import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/LocalTime";
import { Snippet } from "@/components/Snippet";
import { getSessionActorOrNull } from "@/lib/auth/session-actor";
import { viewerOf } from "@/lib/auth/viewer";
import { ProposalStatus } from "@/lib/generated/prisma/enums";
import { findMessages, SEARCH_PAGE_SIZE, type SearchPage } from "@/lib/search/find-messages";
import { filtersOf, MAX_QUERY_LENGTH, searchInputSchema } from "@/lib/search/search-input";
import { messageAnchor } from "@/lib/threads/locate-message";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** /search: a GET form, so that every search is a link that can be shared or bookmarked. */
export default async function SearchPageView({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = searchInputSchema.safeParse(raw);
  const input = parsed.success ? parsed.data : null;
  const result: SearchPage | null = input?.q
    ? await findMessages(
        input.q,
        filtersOf(input),
        viewerOf(await getSessionActorOrNull()),
        input.page,
      )
    : null;
  const field =
    "rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900";

  return (
    <article className="space-y-4">
      <h1 className="text-2xl font-semibold">Search</h1>
      <search>
        <form method="get" action="/search" className="space-y-2 text-sm">
          <div className="flex gap-2">
            <label htmlFor="search-q" className="sr-only">
              Words to find
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              defaultValue={raw.q ?? ""}
              maxLength={MAX_QUERY_LENGTH}
              placeholder='words, "a phrase", prefix*, -without'
              className={`${field} w-full`}
            />
            <button
              type="submit"
              className="rounded-md bg-blue-700 px-3 py-1 font-medium text-white"
            >
              Search
            </button>
          </div>
          <fieldset className="flex flex-wrap gap-3">
            <legend className="sr-only">Filters</legend>
            <label>
              List <input name="list" defaultValue={raw.list ?? ""} className={field} />
            </label>
            <label>
              Author <input name="author" defaultValue={raw.author ?? ""} className={field} />
            </label>
            <label>
              From <input name="from" type="date" defaultValue={raw.from ?? ""} className={field} />
            </label>
            <label>
              To <input name="to" type="date" defaultValue={raw.to ?? ""} className={field} />
            </label>
            <label>
              Proposal{" "}
              <select name="status" defaultValue={raw.status ?? ""} className={field}>
                <option value="">any</option>
                {Object.values(ProposalStatus).map((status) => (
                  <option key={status} value={status}>
                    {status.replace("_", " ")}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </form>
      </search>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
        </p>
      )}
      {result && (
        <section aria-label="Results">
          <p className="text-sm text-slate-600 dark:text-slate-400" role="status">
            {result.hits.length === 0
              ? "No message matches."
              : `Results ${(result.page - 1) * SEARCH_PAGE_SIZE + 1}–${(result.page - 1) * SEARCH_PAGE_SIZE + result.hits.length}`}
          </p>
          <ol className="mt-2 space-y-4" data-results>
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <Link
                  href={`/threads/${hit.threadId}#${messageAnchor(hit.id)}`}
                  className="font-medium text-blue-700 underline dark:text-blue-400"
                >
                  {hit.subject}
                </Link>
                <p className="text-xs text-slate-500">
                  {hit.authorName} · <LocalTime iso={hit.date.toISOString()} /> · {hit.list}
                </p>
                <Snippet text={hit.snippet} />
              </li>
            ))}
          </ol>
          {result.more && (
            <Link
              href={`/search?${new URLSearchParams({ ...(raw as Record<string, string>), page: String(result.page + 1) })}`}
              className="mt-4 inline-block text-sm underline"
            >
              Next results
            </Link>
          )}
        </section>
      )}
    </article>
  );
}

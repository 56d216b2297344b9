// Thread pages for readers who are not signed in, served from memory while the thread is
// unchanged. Every such reader sees the same page, and rendering it is most of what a request
// costs (a trivial page renders at about 200 requests/s on two cores, the thread's JSON at
// over 400): the page is rendered once, by asking this same server for it, and served again
// for as long as threadSignature() gives what it gave before the rendering. Signed-in members,
// React's own navigation requests and anything but GET always reach the page itself.
import { type NextRequest, NextResponse } from "next/server";
import { sessionTokenFromCookieHeader } from "@/lib/auth/session-cookie";
import { idSchema } from "@/lib/http/params";
import { type CachedPage, PageCache } from "@/lib/page-cache/page-cache";
import { threadSignature } from "@/lib/page-cache/thread-signature";

const THREAD_PAGE = /^\/threads\/([^/]+)$/;
// The one query parameter a thread page reads; any other makes the request uncacheable.
const CACHED_QUERIES = new Set(["", "?view=flat"]);
// Marks this server's own request for the page it caches. Anyone may send it: it only makes
// their request skip the cache, and cost what an uncached one costs.
const RENDER_HEADER = "x-quorum-render";
// What is not the page's own: hop-by-hop headers, and what Node sets again when answering.
const DROPPED_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "set-cookie",
  "transfer-encoding",
]);

const cache = new PageCache({ maxBytes: 64 * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024 });

export const config = { matcher: "/threads/:id" };

export async function proxy(request: NextRequest) {
  // An id the page would call malformed is left for the page to answer (404).
  const id = idSchema.safeParse(THREAD_PAGE.exec(request.nextUrl.pathname)?.[1]);
  if (!id.success || !cacheable(request)) return NextResponse.next();

  const key = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const signature = await threadSignature(id.data);
  if (signature === null) return NextResponse.next();

  const cached = cache.get(key, signature);
  if (cached) return answer(cached);

  const rendered = await renderHere(key);
  if (rendered === null) return NextResponse.next();
  if (rendered.status === 200) cache.set(key, { ...rendered, signature });
  return answer(rendered);
}

function cacheable(request: NextRequest): boolean {
  return (
    process.env.NODE_ENV === "production" &&
    request.method === "GET" &&
    CACHED_QUERIES.has(request.nextUrl.search) &&
    request.headers.get(RENDER_HEADER) === null &&
    request.headers.get("rsc") === null &&
    request.headers.get("next-router-prefetch") === null &&
    sessionTokenFromCookieHeader(request.headers.get("cookie")) === undefined
  );
}

/** The page as this server renders it for a reader who is not signed in; null if unreachable. */
async function renderHere(key: string) {
  const port = process.env.PORT;
  if (port === undefined) return null;
  try {
    const response = await fetch(`http://127.0.0.1:${port}${key}`, {
      headers: { [RENDER_HEADER]: "1", accept: "text/html" },
      redirect: "manual",
    });
    const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name));
    return {
      status: response.status,
      headers,
      body: new Uint8Array(await response.arrayBuffer()),
    };
  } catch {
    return null;
  }
}

function answer(page: Omit<CachedPage, "signature">) {
  return new Response(page.body, { status: page.status, headers: page.headers });
}

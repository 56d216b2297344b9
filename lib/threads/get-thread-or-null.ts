import { AppError } from "@/lib/http/errors";
import { idSchema } from "@/lib/http/params";
import { getThread, type ThreadView } from "@/lib/threads/get-thread";
import type { Viewer } from "@/lib/threads/viewer";

/** For pages: a malformed or unknown id is a 404 page, not an error page. */
export async function getThreadOrNull(rawId: string, viewer: Viewer): Promise<ThreadView | null> {
  const id = idSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    return await getThread(id.data, viewer);
  } catch (error) {
    if (error instanceof AppError && error.kind === "not_found") return null;
    throw error;
  }
}

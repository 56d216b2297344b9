import { db } from "@/lib/db/client";
import { API_TOKEN_VIEW, type ApiTokenView } from "@/lib/tokens/api-token-view";

/** A user's tokens, newest first, revoked ones included so that their owner sees what ended. */
export async function findApiTokens(userId: string): Promise<ApiTokenView[]> {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { id: "desc" },
    select: API_TOKEN_VIEW,
  });
}

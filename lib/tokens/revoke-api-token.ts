import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { log } from "@/lib/log";
import { API_TOKEN_VIEW, type ApiTokenView } from "@/lib/tokens/api-token-view";

/**
 * Revokes one of the user's own tokens; revoking it again changes nothing. Another user's token
 * id matches nothing, so it is "not found" rather than revealing that it exists.
 */
export async function revokeApiToken(userId: string, tokenId: number): Promise<ApiTokenView> {
  const revoked = await db().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = await db().apiToken.findFirst({
    where: { id: tokenId, userId },
    select: API_TOKEN_VIEW,
  });
  if (!token) throw notFound(`API token ${tokenId}`);

  if (revoked.count > 0) log.info("tokens.revoked", { userId, tokenId });
  return token;
}

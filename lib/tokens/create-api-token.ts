import { db } from "@/lib/db/client";
import { log } from "@/lib/log";
import { generateApiTokenSecret } from "@/lib/tokens/api-token-secret";
import { API_TOKEN_VIEW, type ApiTokenView } from "@/lib/tokens/api-token-view";

/** Creates a token for a user; the secret is returned here once and stored only as a hash. */
export async function createApiToken(
  userId: string,
  name: string,
): Promise<{ token: ApiTokenView; secret: string }> {
  const { secret, hash, prefix } = generateApiTokenSecret();
  const token = await db().apiToken.create({
    data: { userId, name, hash, prefix },
    select: API_TOKEN_VIEW,
  });
  log.info("tokens.created", { userId, tokenId: token.id });
  return { token, secret };
}

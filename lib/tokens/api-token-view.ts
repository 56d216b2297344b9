/** A token as its owner sees it in a list: never the secret, never its hash. */
export interface ApiTokenView {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export const API_TOKEN_VIEW = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  revokedAt: true,
} as const;

export function apiTokenJson(token: ApiTokenView) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

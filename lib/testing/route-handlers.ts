// The route handlers of app/api, found the way Next.js finds them: every route.ts below it, and
// the HTTP methods it exports. Tests call them with real Requests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export type MutatingMethod = (typeof MUTATING_METHODS)[number];

const API_DIR = path.join(process.cwd(), "app", "api");

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;

/** Every "METHOD /api/route" that some route.ts exports, with the route as its folders name it. */
export function findMutatingRoutes(): string[] {
  const found: string[] = [];
  for (const file of routeFiles(API_DIR)) {
    const route = `/${path.relative(path.join(process.cwd(), "app"), path.dirname(file)).split(path.sep).join("/")}`;
    for (const method of exportedMethods(readFileSync(file, "utf8"))) {
      if ((MUTATING_METHODS as readonly string[]).includes(method))
        found.push(`${method} ${route}`);
    }
  }
  return found.sort();
}

/** The handler that `route` exports for `method`. */
export async function loadHandler(route: string, method: string): Promise<Handler> {
  const module = (await import(path.join(process.cwd(), "app", route, "route.ts"))) as Record<
    string,
    unknown
  >;
  const handler = module[method];
  if (typeof handler !== "function") throw new Error(`${route}/route.ts exports no ${method}`);
  return handler as Handler;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

function exportedMethods(source: string): string[] {
  const methods = new Set<string>();
  const declared = /export\s+(?:const|let|var|async\s+function|function)\s+([A-Z]+)\b/g;
  for (const match of source.matchAll(declared)) methods.add(match[1] as string);
  // `export { GET, POST } from …` and `export { handler as POST }`
  for (const list of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const name of (list[1] as string).split(",")) {
      const exported = name
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (exported && /^[A-Z]+$/.test(exported)) methods.add(exported);
    }
  }
  return [...methods];
}

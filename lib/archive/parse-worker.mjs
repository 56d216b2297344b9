// The entry point of a parse worker (parse-pool.ts). A worker thread starts without the
// TypeScript loader that runs the rest of Quorum (under tsx or Vitest alike), so this plain
// module loads the worker's TypeScript through tsx's CommonJS API, which, unlike its ESM loader,
// needs no loader thread of its own: a worker is all the memory parsing should cost.
import { require as tsxRequire } from "tsx/cjs/api";

tsxRequire("./parse-worker.ts", import.meta.url);

// One LISTEN connection per app instance, fanned out to the pages open on it. PostgreSQL
// triggers (migration 20261204050000_discussions) announce every change to a thread on
// THREAD_CHANNEL, so a reply written through any instance, or imported, reaches them all.
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log";

export const THREAD_CHANNEL = "quorum_thread_changed";

/** After the connection drops, wait this long before listening again, not to hammer a restart. */
const RECONNECT_DELAY_MS = 2_000;

type Listener = () => void;

interface Hub {
  listeners: Map<number, Set<Listener>>;
  client: Promise<pg.Client> | null;
}

const globalForHub = globalThis as unknown as { quorumThreadHub?: Hub };

function hub(): Hub {
  globalForHub.quorumThreadHub ??= { listeners: new Map(), client: null };
  return globalForHub.quorumThreadHub;
}

function connect(state: Hub): Promise<pg.Client> {
  state.client ??= (async () => {
    const client = new pg.Client({ connectionString: requireDatabaseUrl() });
    client.on("notification", (message) => {
      const threadId = Number(message.payload);
      for (const listener of state.listeners.get(threadId) ?? []) listener();
    });
    client.on("error", (error) => {
      log.warn("live.listen_connection_lost", { error: error.name });
      state.client = null;
      void client.end().catch(() => {});
      // Pages keep their listeners; the next connection serves them again.
      setTimeout(() => {
        if (state.listeners.size > 0) void connect(state).catch(() => {});
      }, RECONNECT_DELAY_MS);
    });
    await client.connect();
    await client.query(`LISTEN ${THREAD_CHANNEL}`);
    return client;
  })();
  return state.client;
}

/** Calls `listener` whenever thread `threadId` changes; returns the function that stops it. */
export async function onThreadChange(threadId: number, listener: Listener): Promise<() => void> {
  const state = hub();
  const set = state.listeners.get(threadId) ?? new Set();
  set.add(listener);
  state.listeners.set(threadId, set);
  await connect(state);
  return () => {
    set.delete(listener);
    if (set.size === 0) state.listeners.delete(threadId);
  };
}

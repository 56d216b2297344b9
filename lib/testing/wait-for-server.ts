// For benchmarks that start `next start` themselves: resolves once the server answers `url`.
const ATTEMPTS = 200;
const INTERVAL_MS = 100;

export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < ATTEMPTS; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  throw new Error(`the server did not answer ${url}`);
}

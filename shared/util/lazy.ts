/**
 * A module imported on first use and kept: later calls get the same promise without asking the
 * module loader again (a resolved `import()` is cheap in a browser, not under every Node loader
 * hook, and verification runs it per credential). A failed load (a chunk that did not arrive) is
 * forgotten, so the next call tries again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => pending ??= load().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
}
